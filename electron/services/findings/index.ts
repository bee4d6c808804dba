/** Findings, their evidence and categories, activities and recommendations (issue #18). */
export { addActivity, editActivity, listActivities, removeActivity } from './activities';
export { addCategory, listCategories, removeCategory, renameCategory } from './categories';
export { addEvidence, addFinding, editFinding, listFindings, removeEvidence, removeFinding } from './findings';
export { addRecommendation, editRecommendation, findingRemoved, listRecommendations, removeRecommendation } from './recommendations';
export { sourceRemoved } from './evidence';
export { activityLabel, requireSource, sameSource, sourceColumns, sourceKey, sourceLabel, sourceOf } from './sources';
