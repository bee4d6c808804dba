/** Findings, their evidence and categories, other activities, and recommendations (issue #18). */
import type { FindingChannel } from '../../../shared/ipc/contract';
import {
  addActivity,
  addCategory,
  addEvidence,
  addFinding,
  addRecommendation,
  editActivity,
  editFinding,
  editRecommendation,
  listActivities,
  listCategories,
  listFindings,
  listRecommendations,
  removeActivity,
  removeCategory,
  removeEvidence,
  removeFinding,
  removeRecommendation,
  renameCategory,
} from '../findings';
import type { Kernel } from '../kernel';
import type { Ports } from '../ports';
import type { HandlersOf } from './types';

export function findingHandlers(kernel: Kernel, _ports: Ports): HandlersOf<FindingChannel> {
  return {
    'activities:list': () => listActivities(kernel),
    'activities:add': (input) => addActivity(kernel, input),
    'activities:edit': (patch) => editActivity(kernel, patch),
    'activities:remove': ({ id }) => removeActivity(kernel, id),
    'categories:list': () => listCategories(kernel),
    'categories:add': ({ name }) => addCategory(kernel, name),
    'categories:rename': ({ id, name }) => renameCategory(kernel, id, name),
    'categories:remove': ({ id }) => removeCategory(kernel, id),
    'findings:list': ({ source }) => listFindings(kernel, source),
    'findings:add': (input) => addFinding(kernel, input),
    'findings:edit': (patch) => editFinding(kernel, patch),
    'findings:remove': (input) => removeFinding(kernel, input),
    'findings:add-evidence': (input) => addEvidence(kernel, input),
    'findings:remove-evidence': ({ id }) => removeEvidence(kernel, id),
    'recommendations:list': ({ source }) => listRecommendations(kernel, source),
    'recommendations:add': (input) => addRecommendation(kernel, input),
    'recommendations:edit': (patch) => editRecommendation(kernel, patch),
    'recommendations:remove': ({ id }) => removeRecommendation(kernel, id),
  };
}
