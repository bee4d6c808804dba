/**
 * Each review type's status lifecycle, as data, and the one rule for moving along it:
 * - forward one step at any time (unless the step has a condition, below);
 * - back one step (or back along a shortcut) with a reason, kept in the review's status history;
 * - a declared shortcut, e.g. a rapid review that ends at its decision goes straight to closed.
 * Conditions: a rapid review leaves `decision` only once a decision is recorded — to
 * `lcspr-commissioned` for outcome (c), to `closed` for (a) or (b).
 */
import { AppError } from '../errors';
import type { DecisionOutcome, ReviewType } from './catalogue';

export const statusLabels = {
  notified: 'Notified',
  'rapid-review': 'Rapid review',
  decision: 'Decision',
  'lcspr-commissioned': 'LCSPR commissioned',
  referral: 'Referral received',
  commissioned: 'Review commissioned',
  'tor-signed-off': 'Terms of reference signed off',
  drafting: 'Drafting',
  'report-signed-off': 'Report signed off',
  'home-office-qa': 'Home Office quality assurance',
  published: 'Published',
  planned: 'Planned',
  'in-progress': 'In progress',
  fieldwork: 'Fieldwork',
  findings: 'Findings agreed',
  feedback: 'Feedback given',
  'action-plan': 'Action plan monitoring',
  closed: 'Closed',
} as const;

export type ReviewStatus = keyof typeof statusLabels;
export const reviewStatuses = Object.keys(statusLabels) as ReviewStatus[];

/** What the lifecycle needs to know about a review besides its status. */
export interface LifecycleFacts {
  decisionOutcome: DecisionOutcome | null;
}

type Condition = 'decision-c' | 'decision-a-or-b';

interface Lifecycle {
  steps: readonly ReviewStatus[];
  shortcuts: ReadonlyArray<{ from: ReviewStatus; to: ReviewStatus; when?: Condition }>;
  /** Conditions on the ordinary forward step into a status. */
  entering?: Partial<Record<ReviewStatus, Condition>>;
}

export const lifecycles: Record<ReviewType, Lifecycle> = {
  'rapid-review': {
    steps: ['notified', 'rapid-review', 'decision', 'lcspr-commissioned', 'tor-signed-off', 'drafting', 'report-signed-off', 'published', 'closed'],
    shortcuts: [{ from: 'decision', to: 'closed', when: 'decision-a-or-b' }],
    entering: { 'lcspr-commissioned': 'decision-c' },
  },
  lcspr: {
    steps: ['lcspr-commissioned', 'tor-signed-off', 'drafting', 'report-signed-off', 'published', 'closed'],
    shortcuts: [],
  },
  sar: {
    steps: ['referral', 'decision', 'commissioned', 'tor-signed-off', 'drafting', 'report-signed-off', 'published', 'closed'],
    // Not every referral meets the criteria, and publishing a SAR is the board's choice.
    shortcuts: [
      { from: 'decision', to: 'closed' },
      { from: 'report-signed-off', to: 'closed' },
    ],
  },
  dhr: {
    steps: ['notified', 'decision', 'commissioned', 'tor-signed-off', 'drafting', 'report-signed-off', 'home-office-qa', 'published', 'closed'],
    shortcuts: [{ from: 'decision', to: 'closed' }],
  },
  'multi-agency-audit': {
    steps: ['planned', 'in-progress', 'findings', 'report-signed-off', 'action-plan', 'closed'],
    shortcuts: [],
  },
  'peer-review': {
    steps: ['planned', 'fieldwork', 'feedback', 'report-signed-off', 'action-plan', 'closed'],
    shortcuts: [],
  },
};

/** The words for a status id, or the id itself when it is not one. */
export function statusLabel(status: string): string {
  return Object.hasOwn(statusLabels, status) ? statusLabels[status as ReviewStatus] : status;
}

export function initialStatus(type: ReviewType): ReviewStatus {
  return lifecycles[type].steps[0]!;
}

export function isStatusOf(type: ReviewType, status: string): status is ReviewStatus {
  return (lifecycles[type].steps as readonly string[]).includes(status);
}

export interface Transition {
  to: ReviewStatus;
  label: string;
  kind: 'forward' | 'back' | 'shortcut';
  /** Going back asks why; the reason is kept with the review's status history. */
  needsReason: boolean;
  /** Why the move is not possible yet, for the user; absent when it is. */
  blockedBy?: string;
}

/** Every move from `status`, including blocked ones with what would unblock them. */
export function transitionsFrom(type: ReviewType, status: ReviewStatus, facts: LifecycleFacts): Transition[] {
  const { steps, shortcuts, entering } = lifecycles[type];
  const index = steps.indexOf(status);
  const result: Transition[] = [];
  const add = (to: ReviewStatus, kind: Transition['kind'], when?: Condition) => {
    const blockedBy = when ? blocked(when, facts) : undefined;
    result.push({ to, label: statusLabels[to], kind, needsReason: kind === 'back', ...(blockedBy ? { blockedBy } : {}) });
  };
  const next = steps[index + 1];
  if (index >= 0 && next) add(next, 'forward', entering?.[next]);
  for (const shortcut of shortcuts) if (shortcut.from === status) add(shortcut.to, 'shortcut', shortcut.when);
  // Back one step, or back along a shortcut that led here (closed → decision).
  const previous = index > 0 ? steps[index - 1] : undefined;
  if (previous) add(previous, 'back');
  for (const shortcut of shortcuts) if (shortcut.to === status && shortcut.from !== previous) add(shortcut.from, 'back');
  return result;
}

/** The move from `from` to `to`, or a validation error that says which moves are possible. */
export function checkTransition(type: ReviewType, from: ReviewStatus, to: string, facts: LifecycleFacts, reason?: string): Transition {
  const options = transitionsFrom(type, from, facts);
  const move = options.find((option) => option.to === to);
  if (!move) {
    const possible = options.map((option) => `"${option.label}"`).join(' or ');
    throw new AppError(
      'validation',
      `A review at "${statusLabels[from]}" cannot move to "${statusLabel(to)}". ` +
        (possible ? `From here it can move to ${possible}.` : 'It is at the end of its lifecycle.'),
    );
  }
  if (move.blockedBy) throw new AppError('validation', move.blockedBy);
  if (move.needsReason && !reason?.trim()) {
    throw new AppError('validation', `Say why the review is going back to "${move.label}": the reason is kept with its status history.`);
  }
  return move;
}

function blocked(condition: Condition, facts: LifecycleFacts): string | undefined {
  switch (condition) {
    case 'decision-c':
      return facts.decisionOutcome === 'c'
        ? undefined
        : 'A local CSPR can be commissioned only once the rapid review decision (c) is recorded. Record the decision first.';
    case 'decision-a-or-b':
      return facts.decisionOutcome === 'a' || facts.decisionOutcome === 'b'
        ? undefined
        : 'A rapid review closes at its decision only when the decision recorded is (a) or (b). Record the decision first.';
  }
}
