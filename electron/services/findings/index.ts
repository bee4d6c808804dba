/** Actions, their progress and evidence, and the partnership's register of every action (issue #18). */
export { addAction, editAction, getAction, listActions, removeAction } from './actions';
export { recordProgress } from './progress';
export { actionFile, attachFile, auditFileSaved, recordImpact } from './action-files';
export { actionRegister, firstFindingIds } from './register';
export { registerProduct, type RegisterExportRequest } from './register-product';
