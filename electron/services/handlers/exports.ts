/** The export path's channels: the names check, the register of exports, "not a person". */
import type { ExportChannel } from '../../../shared/ipc/contract';
import type { ExportSubject } from '../../../shared/exports/schemas';
import { chronologyExport, entryCitation } from '../chronology';
import { documentExport } from '../documents';
import { annualProduct, registerProduct } from '../findings';
import { interviewProduct } from '../interviews';
import { listExports, markNotPerson, notPeople, unknownNames, unmarkNotPerson, type ExportProduct } from '../exports';
import { read, requireReview, type Kernel } from '../kernel';
import { termsExport } from '../terms';
import type { HandlersOf } from './types';

/** The product an export of this subject would make: anonymised, since that is what the check is for. */
export function productFor(kernel: Kernel, subject: ExportSubject): ExportProduct {
  switch (subject.kind) {
    case 'chronology':
      return chronologyExport(kernel, { reviewId: subject.reviewId, format: 'pdf', anonymised: true, filter: subject.filter });
    case 'document':
      return documentExport(kernel, { id: subject.id, version: subject.version, anonymised: true, draft: true }, (id) => entryCitation(kernel, id));
    case 'terms':
      return termsExport(kernel, { reviewId: subject.reviewId, version: subject.version, anonymised: true });
    case 'interviews':
      return interviewProduct(kernel, subject.reviewId, subject.file);
    case 'action-register':
      return registerProduct(kernel, { format: subject.format, filter: subject.filter, anonymised: true });
    case 'annual-report':
      return annualProduct(kernel, { year: subject.year, format: subject.format, anonymised: true });
  }
}

export function exportHandlers(kernel: Kernel): HandlersOf<ExportChannel> {
  return {
    'export:check-names': ({ subject }) => {
      const product = productFor(kernel, subject);
      return { candidates: read(kernel, (db) => unknownNames(db, product)) };
    },
    'export:list': ({ reviewId }) =>
      read(kernel, (db) => {
        requireReview(db, reviewId);
        return listExports(db, reviewId).map(({ detail: _detail, ...record }) => record);
      }),
    'export:not-people': () => notPeople(kernel),
    'export:mark-not-person': ({ name, key }) => markNotPerson(kernel, name, key),
    'export:unmark-not-person': ({ key }) => unmarkNotPerson(kernel, key),
  };
}
