/**
 * The review kernel: what every domain (chronology, documents, terms and those to come) stands
 * on — the unit of work, the review it belongs to, and its people with the anonymiser. Domains
 * import it from here only (the domain-boundary lint rule).
 */
export { audit, createKernel, notFound, read, timestamp, write, type Kernel, type DocumentSaved, type KernelHooks, type SubmissionImported } from './context';
export { requireReview } from './reviews';
export { createDeadlineSource, type DeadlineSource } from './deadlines';
export { anonymiserFor, namedPeople, peopleToCheck, type Anonymiser } from './people';
export { deletePerson, getPerson, insertPerson, listPeople, personPatchColumns, updatePersonColumns } from './people-repository';
export {
  dateColumns,
  getReview,
  insertReview,
  insertStatusChange,
  listReviews,
  listStatusChanges,
  reviewPatchColumns,
  updateReviewColumns,
} from './review-repository';
export { fromJson, patchColumns, toJson, updateColumns, type SqlValue } from './sql';
export type { Db } from '../sqlite';
export type { WorkspaceSession } from '../workspace';
