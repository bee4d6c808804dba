/**
 * Where findings, recommendations and actions come from: a review or another activity. Rows keep
 * the source as two columns (review_id, activity_id; exactly one set); these helpers turn one into
 * the other and name the source as the register shows it.
 */
import { AppError } from '../../../shared/errors';
import { activityTypeWords, type ActivityType, type PlanSource } from '../../../shared/findings/model';
import { reviewName } from '../../../shared/reviews/text';
import { createAnonymiser } from '../../../shared/people';
import { anonymiserFor, peopleToCheck, requireReview, type Db } from '../kernel';

export interface StoredActivity {
  id: string;
  type: ActivityType;
  title: string;
  held_on: string;
  lead: string | null;
  created_at: string;
  updated_at: string;
}

export function getActivity(db: Db, id: string): StoredActivity | null {
  return db.prepare<[string], StoredActivity>('SELECT * FROM activities WHERE id = ?').get(id) ?? null;
}

export function requireActivity(db: Db, id: string): StoredActivity {
  const activity = getActivity(db, id);
  if (!activity) throw new AppError('not-found', 'That activity is not in this workspace any more: it may have been removed. Look at the list of activities again.');
  return activity;
}

/** "Multi-agency audit: Neglect cases, spring 2026". */
export function activityLabel(activity: Pick<StoredActivity, 'type' | 'title'>): string {
  return `${activityTypeWords[activity.type]}: ${activity.title}`;
}

/** The source, checked to exist, and its label. */
export function requireSource(db: Db, source: PlanSource): { source: PlanSource; label: string } {
  if (source.kind === 'review') return { source: { kind: 'review', reviewId: source.reviewId }, label: reviewName(requireReview(db, source.reviewId)) };
  return { source: { kind: 'activity', activityId: source.activityId }, label: activityLabel(requireActivity(db, source.activityId)) };
}

/** The label of a source known to exist (a row's own source). */
export function sourceLabel(db: Db, source: PlanSource): string {
  return requireSource(db, source).label;
}

/**
 * "Finding 2", "Recommendation 3": a row's number within its review or activity, by position (then
 * the order rows were written), as SQL for a findings or recommendations query. Every part numbers
 * by this one rule.
 */
export const numberWithinSource = 'row_number() OVER (PARTITION BY review_id, activity_id ORDER BY position, rowid)';

/** A row's source from its two columns. */
export function sourceOf(row: { review_id: string | null; activity_id: string | null }): PlanSource {
  return row.review_id !== null ? { kind: 'review', reviewId: row.review_id } : { kind: 'activity', activityId: row.activity_id! };
}

/** The two columns of a source, for an INSERT or a WHERE. */
export function sourceColumns(source: PlanSource): { review_id: string | null; activity_id: string | null } {
  return source.kind === 'review' ? { review_id: source.reviewId, activity_id: null } : { review_id: null, activity_id: source.activityId };
}

export function sameSource(a: PlanSource, b: PlanSource): boolean {
  return sourceKey(a) === sourceKey(b);
}

export function sourceKey(source: PlanSource): string {
  return source.kind === 'review' ? `review:${source.reviewId}` : `activity:${source.activityId}`;
}

/** SQL matching a source's rows (of the table aliased `alias`), given `sourceColumns` as its parameters. */
export function bySource(alias = ''): string {
  const at = alias ? `${alias}.` : '';
  return `${at}review_id IS @review_id AND ${at}activity_id IS @activity_id`;
}

/**
 * For a partnership-wide export: each review's words through its own pseudonyms; an activity's
 * through every review's register (it has none of its own, and the leak check looks for every
 * review's names in such a file). Each anonymiser is made once, when first needed, and each text
 * (a recommendation's words repeat on each of its actions) is anonymised once.
 */
export function sourceAnonymisers(db: Db): (source: PlanSource) => (text: string) => string {
  const made = new Map<string, (text: string) => string>();
  return (source) => {
    const key = source.kind === 'review' ? source.reviewId : '';
    let anonymise = made.get(key);
    if (!anonymise) {
      anonymise = remembering(source.kind === 'review' ? anonymiserFor(db, source.reviewId).anonymise : createAnonymiser(peopleToCheck(db, null)));
      made.set(key, anonymise);
    }
    return anonymise;
  };
}

function remembering(anonymise: (text: string) => string): (text: string) => string {
  const done = new Map<string, string>();
  return (text) => {
    let shown = done.get(text);
    if (shown === undefined) done.set(text, (shown = anonymise(text)));
    return shown;
  };
}
