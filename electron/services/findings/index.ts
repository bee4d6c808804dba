/**
 * Findings, recommendations and the partnership's action plan (issue #18): findings with their
 * evidence and categories, activities, recommendations, actions and the register, and what the
 * partnership learnt and told (the annual report tables, the 7-minute briefings).
 */
export { addActivity, editActivity, listActivities, removeActivity } from './activities';
export { addCategory, listCategories, removeCategory, renameCategory } from './categories';
export { addEvidence, addFinding, editFinding, listFindings, removeEvidence, removeFinding } from './findings';
export { addRecommendation, editRecommendation, findingRemoved, listRecommendations, removeRecommendation } from './recommendations';
export { sourceRemoved } from './evidence';
export { activityLabel, requireSource, sameSource, sourceColumns, sourceKey, sourceLabel, sourceOf } from './sources';
export { createBriefing, listBriefings, logDelivery, unlogDelivery } from './briefings';
export { annualReport, yearWords } from './annual';
export { annualProduct } from './annual-export';
export { addAction, editAction, getAction, listActions, removeAction } from './actions';
export { recordProgress } from './progress';
export { actionFile, attachFile, auditFileSaved, recordImpact } from './action-files';
export { actionRegister, firstFindingIds } from './register';
export { registerProduct, type RegisterExportRequest } from './register-product';
