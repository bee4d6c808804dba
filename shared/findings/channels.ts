/** Findings, recommendations, the action plan across reviews, other activities and learning briefings (issue #18). */
import { channel } from '../ipc/channel';
import type { ExportResult } from '../exports/types';
import type { Action, ActionDetail, Activity, AnnualReport, Briefing, Finding, FindingCategory, Recommendation, Register } from './model';
import {
  actionAddInput,
  actionEditInput,
  actionFileInput,
  activityAddInput,
  activityEditInput,
  annualExportInput,
  annualInput,
  categoryAddInput,
  categoryRenameInput,
  deliveryInput,
  evidenceAddInput,
  findingAddInput,
  findingEditInput,
  findingRemoveInput,
  idInput,
  impactInput,
  noInput,
  progressInput,
  recommendationAddInput,
  recommendationEditInput,
  registerExportInput,
  registerFilterSchema,
  reviewIdInput,
  sourceInput,
} from './schemas';

export const findingChannels = {
  'activities:list': channel<typeof noInput, Activity[]>(noInput),
  'activities:add': channel<typeof activityAddInput, Activity>(activityAddInput),
  'activities:edit': channel<typeof activityEditInput, Activity>(activityEditInput),
  /** Refused while findings come from it. */
  'activities:remove': channel<typeof idInput, null>(idInput),

  /** The partnership's categories, in order, with how many findings have each. */
  'categories:list': channel<typeof noInput, FindingCategory[]>(noInput),
  'categories:add': channel<typeof categoryAddInput, FindingCategory>(categoryAddInput),
  'categories:rename': channel<typeof categoryRenameInput, FindingCategory>(categoryRenameInput),
  /** Findings that had it keep their text and become uncategorised; returns how many. */
  'categories:remove': channel<typeof idInput, { uncategorised: number }>(idInput),

  /** A review's (or an activity's) findings, in order, each with its evidence cited. */
  'findings:list': channel<typeof sourceInput, Finding[]>(sourceInput),
  'findings:add': channel<typeof findingAddInput, Finding>(findingAddInput),
  'findings:edit': channel<typeof findingEditInput, Finding>(findingEditInput),
  /** Refused while recommendations answer it unless `force`; returns how many recommendations now say "finding removed". */
  'findings:remove': channel<typeof findingRemoveInput, { recommendations: number }>(findingRemoveInput),
  'findings:add-evidence': channel<typeof evidenceAddInput, Finding>(evidenceAddInput),
  /** Takes one piece of evidence off its finding (the evidence's id). */
  'findings:remove-evidence': channel<typeof idInput, Finding>(idInput),

  'recommendations:list': channel<typeof sourceInput, Recommendation[]>(sourceInput),
  'recommendations:add': channel<typeof recommendationAddInput, Recommendation>(recommendationAddInput),
  'recommendations:edit': channel<typeof recommendationEditInput, Recommendation>(recommendationEditInput),
  /** Refused while it has actions. */
  'recommendations:remove': channel<typeof idInput, null>(idInput),
};

/** Actions, their progress and evidence, and the partnership's register of every action. */
export const actionChannels = {
  /** A recommendation's actions (its id). */
  'actions:list': channel<typeof idInput, Action[]>(idInput),
  'actions:get': channel<typeof idInput, ActionDetail>(idInput),
  'actions:add': channel<typeof actionAddInput, ActionDetail>(actionAddInput),
  'actions:edit': channel<typeof actionEditInput, ActionDetail>(actionEditInput),
  /** Refused once progress has been recorded (its history is the partnership's record). */
  'actions:remove': channel<typeof idInput, null>(idInput),
  'actions:progress': channel<typeof progressInput, ActionDetail>(progressInput),
  /** Evidence of completion or of impact, read by the renderer and kept encrypted in the workspace. */
  'actions:attach': channel<typeof actionFileInput, ActionDetail>(actionFileInput),
  /** Asks where to save an evidence file (its id) and writes it there; null when cancelled. */
  'actions:save-file': channel<typeof idInput, { fileName: string } | null>(idInput),
  'actions:impact': channel<typeof impactInput, ActionDetail>(impactInput),
  /** Every action in the workspace, filtered; overdue first, then by due date. */
  'actions:register': channel<typeof registerFilterSchema, Register>(registerFilterSchema),
  /** Asks where to save; null if cancelled. */
  'actions:export': channel<typeof registerExportInput, ExportResult | null>(registerExportInput),
};

/** What the partnership learnt and told: the annual report tables and the 7-minute briefings. */
export const learningChannels = {
  /** For a year: each review's (and activity's) findings and what was done about each, with reasons where not. */
  'annual:report': channel<typeof annualInput, AnnualReport>(annualInput),
  'annual:export': channel<typeof annualExportInput, ExportResult | null>(annualExportInput),
  'briefings:list': channel<typeof reviewIdInput, Briefing[]>(reviewIdInput),
  /** Makes a 7-minute briefing document from the review's findings (pseudonymised), to edit in the documents editor. */
  'briefings:create': channel<typeof reviewIdInput, Briefing>(reviewIdInput),
  /** Records that an agency received it (again: replaces that agency's line), and whether and how it used it. */
  'briefings:log': channel<typeof deliveryInput, Briefing>(deliveryInput),
  /** Takes a line off the dissemination log (its id). */
  'briefings:unlog': channel<typeof idInput, Briefing>(idInput),
};
