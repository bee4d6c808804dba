/**
 * Every migration the app knows, oldest first. Add a file `NNNN-description.ts` and list it here;
 * the tests check the list is contiguous from 1 and that each entry has its own test.
 */
import initial from './0001-initial';
import reviews from './0002-reviews';
import chronology from './0003-chronology';
import documents from './0004-documents';
import terms from './0005-terms';
import exportsRegister from './0006-exports';
import compositeOrder from './0007-composite-order';
import chronologyCorrections from './0008-chronology-corrections';
import termsDecisionRecords from './0009-terms-decision-records';
import documentArchive from './0010-document-archive';
import agencyRequests from './0011-agency-requests';
import conversations from './0012-conversations';
import actionPlan from './0013-action-plan';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [initial, reviews, chronology, documents, terms, exportsRegister, compositeOrder, chronologyCorrections, termsDecisionRecords, documentArchive, agencyRequests, conversations, actionPlan];

/** The schema version this build of the app writes and reads. */
export const latestSchemaVersion = migrations[migrations.length - 1]!.version;
