/**
 * The audit log in words, shared by the app's viewer and `prw audit list`: what each recorded
 * action means to a reader, the kinds of action a reader filters by, what kind of thing an entry
 * is about, and when, day first. The log itself keeps ids only (never a person's name from the
 * people register); nothing here adds one.
 */

/** The kinds of action a reader can filter by, in the order the filter lists them. */
export const auditKinds = ['workspace', 'security', 'backups', 'reviews', 'people', 'chronology', 'documents', 'terms', 'interviews', 'actions', 'exports'] as const;
export type AuditKind = (typeof auditKinds)[number];

export const auditKindWords: Record<AuditKind, string> = {
  workspace: 'Opening and locking the workspace',
  security: 'Passphrase, recovery code and keychain',
  backups: 'Backups and restores',
  reviews: 'Reviews, decisions, escalations and agency requests',
  people: 'People register',
  chronology: 'Chronology',
  documents: 'Documents',
  terms: 'Terms of reference',
  interviews: 'Conversations with practitioners and themes',
  actions: 'Findings, recommendations and the action plan',
  exports: 'Exports',
};

/** Which recorded areas (the part of an action before its first dot) each kind covers. */
export const auditKindAreas: Record<AuditKind, readonly string[]> = {
  workspace: ['workspace'],
  security: ['passphrase', 'recovery-code', 'keychain'],
  backups: ['backup'],
  reviews: ['review', 'escalation', 'agency-request'],
  people: ['person'],
  chronology: ['chronology'],
  documents: ['document'],
  terms: ['terms'],
  interviews: ['conversation', 'question-set', 'theme', 'excerpt', 'interview-link'],
  actions: ['activity', 'category', 'finding', 'recommendation', 'action', 'briefing'],
  exports: ['export'],
};

/** Every action the app records, in words. A test fails when the code records one not listed here. */
export const auditActionWords: Readonly<Record<string, string>> = {
  'workspace.created': 'Created the workspace',
  'workspace.unlocked': 'Unlocked the workspace',
  'workspace.locked': 'Locked the workspace',
  'workspace.rekeyed': 'Re-encrypted the workspace',
  'passphrase.changed': 'Changed the passphrase',
  'recovery-code.replaced': 'Made a new recovery code',
  'recovery-code.used': 'Unlocked the workspace with the recovery code',
  'keychain.added': 'Turned on unlocking with this computer’s keychain',
  'keychain.removed': 'Turned off unlocking with the keychain',
  'backup.created': 'Took a backup',
  'backup.restored': 'Restored a backup',
  'backup.second-folder-chosen': 'Chose a second folder for backups',
  'backup.second-folder-removed': 'Stopped copying backups to a second folder',
  'review.created': 'Added a review',
  'review.updated': 'Edited a review',
  'review.status-changed': 'Changed a review’s status',
  'review.decision-recorded': 'Recorded the rapid review decision',
  'review.copy-logged': 'Logged a copy of the rapid review sent',
  'escalation.added': 'Recorded an escalation',
  'escalation.updated': 'Updated an escalation',
  'agency-request.added': 'Asked an agency for its return',
  'agency-request.edited': 'Changed a request to an agency',
  'agency-request.chased': 'Chased an agency for its return',
  'agency-request.received': 'Recorded an agency’s return as received',
  'agency-request.nil-return': 'Recorded an agency’s nil return',
  'agency-request.withdrawn': 'Withdrew a request to an agency',
  'agency-request.reopened': 'Reopened a request to an agency',
  'person.added': 'Added a person to the people register',
  'person.updated': 'Changed a person in the people register',
  'person.removed': 'Removed a person from the people register',
  'chronology.imported': 'Imported a chronology submission',
  'chronology.entry-edited': 'Edited a chronology entry',
  'chronology.entry-added': 'Added a chronology entry by hand',
  'chronology.entry-corrected': 'Corrected a chronology entry',
  'chronology.entry-deleted': 'Deleted a chronology entry',
  'chronology.entry-restored': 'Brought back a deleted chronology entry',
  'chronology.submission-removed': 'Removed a chronology submission',
  'chronology.submission-replaced': 'Replaced a chronology submission with a corrected file',
  'chronology.submission-saved': 'Saved a copy of a chronology submission as the agency sent it',
  'chronology.submission-restored': 'Brought back a removed chronology submission',
  'chronology.row-dismissed': 'Dismissed a blank rejected row',
  'chronology.row-fixed': 'Corrected a rejected row and added it to the chronology',
  'chronology.duplicate-same': 'Marked two chronology entries as the same event',
  'chronology.duplicate-dismissed': 'Dismissed a likely duplicate',
  'chronology.duplicate-undone': 'Undid a decision on a likely duplicate',
  'chronology.episode-added': 'Added a key practice episode',
  'chronology.episode-edited': 'Edited a key practice episode',
  'chronology.episode-removed': 'Removed a key practice episode',
  'chronology.episode-assigned': 'Added an entry to a key practice episode',
  'chronology.episode-unassigned': 'Took an entry out of a key practice episode',
  'document.created': 'Created a document',
  'document.edited': 'Edited a document',
  'document.version-taken': 'Kept a version of a document',
  'document.version-restored': 'Went back to an earlier version of a document',
  'document.archived': 'Archived a document',
  'document.unarchived': 'Brought back an archived document',
  'document.deleted': 'Deleted an archived document for good',
  'terms.started': 'Started the terms of reference',
  'terms.new-version': 'Started a new version of the terms of reference',
  'terms.edited': 'Edited the terms of reference',
  'terms.submitted': 'Submitted the terms of reference for sign-off',
  'terms.signed-off': 'Signed off the terms of reference',
  'terms.returned': 'Returned the terms of reference with comments',
  'terms.template-saved': 'Saved a terms of reference template',
  'terms.evidence-saved': 'Saved the evidence of a sign-off decision outside the workspace',
  'conversation.planned': 'Planned a conversation with practitioners',
  'conversation.edited': 'Changed a conversation’s details',
  'conversation.participants-changed': 'Changed who took part in a conversation',
  'conversation.consent-recorded': 'Recorded a participant’s consent',
  'conversation.consent-withdrawn': 'Recorded that a participant withdrew consent',
  'question-set.saved': 'Saved a question set',
  'question-set.removed': 'Removed a question set',
  'theme.added': 'Added a theme',
  'theme.edited': 'Changed a theme',
  'theme.removed': 'Deleted a theme',
  'theme.imported': 'Imported themes from a codebook',
  'excerpt.coded': 'Coded an excerpt of conversation notes',
  'excerpt.edited': 'Changed a coded excerpt',
  'excerpt.removed': 'Removed a coded excerpt',
  'interview-link.added': 'Linked a theme or excerpt to the chronology',
  'interview-link.removed': 'Removed a link to the chronology',
  'activity.added': 'Added an activity to the action plan',
  'activity.edited': 'Changed an activity’s details',
  'activity.removed': 'Removed an activity',
  'category.added': 'Added a finding category',
  'category.renamed': 'Renamed a finding category',
  'category.removed': 'Removed a finding category',
  'finding.added': 'Added a finding',
  'finding.edited': 'Changed a finding',
  'finding.removed': 'Removed a finding',
  'finding.evidence-added': 'Added evidence to a finding',
  'finding.evidence-removed': 'Took evidence off a finding',
  'recommendation.added': 'Added a recommendation',
  'recommendation.edited': 'Changed a recommendation',
  'recommendation.removed': 'Removed a recommendation',
  'action.added': 'Added an action to the action plan',
  'action.edited': 'Changed an action',
  'action.removed': 'Removed an action',
  'action.progress-recorded': 'Recorded progress on an action',
  'action.file-attached': 'Attached evidence to an action',
  'action.file-saved': 'Saved an action’s evidence outside the workspace',
  'action.impact-recorded': 'Recorded the impact of an action',
  'briefing.created': 'Made a 7-minute briefing',
  'briefing.delivery-logged': 'Logged an agency’s receipt of a briefing',
  'briefing.delivery-removed': 'Took an agency off a briefing’s dissemination log',
  'export.named': 'Exported a file (named)',
  'export.anonymised': 'Exported a file (anonymised)',
  'export.unresolved-names-allowed': 'Exported anyway, with names not in the people register (the reason is recorded)',
  'export.audit-log': 'Exported the audit log',
  'export.agency-returns': 'Exported the agency returns across reviews',
  'export.not-person-marked': 'Marked a word as not a person',
  'export.not-person-unmarked': 'Undid marking a word as not a person',
};

/**
 * A change that reached the disk without its entry (the app stopped in between) is recorded at
 * the next unlock with this ending: the words say so, so a reader knows the time is the unlock's.
 */
export const lateSuffix = '-found-at-unlock';

/** What was exported, from the record of the export, when the log entry is about one. */
export type ExportedKind = 'chronology' | 'document' | 'terms' | 'agency-request' | 'interviews';

const exportedWords: Record<ExportedKind, string> = {
  chronology: 'the chronology',
  document: 'a document',
  terms: 'the terms of reference',
  'agency-request': 'a request pack for an agency',
  interviews: 'the conversations and themes',
};

/** True when `auditWhat` has words of its own for the action (not the fallback reading). */
export function hasAuditWords(action: string): boolean {
  const base = action.endsWith(lateSuffix) ? action.slice(0, -lateSuffix.length) : action;
  return Object.hasOwn(auditActionWords, base);
}

/** What an entry records, as a sentence without its full stop: "Unlocked the workspace". */
export function auditWhat(action: string, detail: { exported?: ExportedKind | null } = {}): string {
  const late = action.endsWith(lateSuffix);
  const base = late ? action.slice(0, -lateSuffix.length) : action;
  let words = Object.hasOwn(auditActionWords, base) ? auditActionWords[base]! : plainReading(base);
  if ((base === 'export.named' || base === 'export.anonymised') && detail.exported) {
    words = `Exported ${exportedWords[detail.exported]} (${base === 'export.named' ? 'named' : 'anonymised'})`;
  }
  return late ? `${words} (recorded when the workspace was next unlocked)` : words;
}

/** An action the app does not know yet (a newer version wrote it): "report.section-added" reads "Report: section added". */
function plainReading(action: string): string {
  const [area = '', ...rest] = action.split('.');
  const spaced = (text: string) => text.replace(/[-_]+/g, ' ').trim();
  const head = spaced(area);
  const tail = rest.map(spaced).filter(Boolean).join(', ');
  const title = head ? head.charAt(0).toUpperCase() + head.slice(1) : 'Something';
  return tail ? `${title}: ${tail}` : title;
}

/** The kind of thing an entry is about, as a reader names it. */
const entityWords: Readonly<Record<string, string>> = {
  workspace: 'Workspace',
  review: 'Review',
  'review-copy': 'Copy of a rapid review',
  escalation: 'Escalation',
  'agency-request': 'Request to an agency',
  person: 'Person in the people register',
  backup: 'Backup',
  'backup-folder': 'Second backup folder',
  'chronology-submission': 'Chronology submission',
  'chronology-entry': 'Chronology entry',
  'chronology-rejected-row': 'Rejected row',
  'key-practice-episode': 'Key practice episode',
  document: 'Document',
  'document-version': 'Version of a document',
  'terms-template': 'Terms of reference template',
  'terms-decision': 'Sign-off decision',
  conversation: 'Conversation with practitioners',
  'question-set': 'Question set',
  theme: 'Theme',
  excerpt: 'Coded excerpt',
  'interview-link': 'Link to the chronology',
  activity: 'Activity',
  category: 'Finding category',
  finding: 'Finding',
  recommendation: 'Recommendation',
  action: 'Action',
  briefing: '7-minute briefing',
  export: 'Export',
};

/** True when `auditTarget` has words of its own for the kind of thing (not the fallback reading). */
export function hasTargetWords(entityType: string): boolean {
  return Object.hasOwn(entityWords, entityType);
}

/**
 * What an entry is about, with a short reference a reader can match between entries: "Review
 * 3f2a9c1b", "Backup taken Mon 7 Dec 2026 09:12". Ids only, never a name or a title.
 */
export function auditTarget(entityType: string, entityId: string | null): string {
  const kind = Object.hasOwn(entityWords, entityType) ? entityWords[entityType]! : plainReading(entityType);
  if (entityType === 'workspace' || !entityId) return kind;
  if (entityType === 'backup') {
    const taken = backupTime(entityId);
    if (taken) return `${entityId.startsWith('pre-restore-') ? 'Copy set aside by a restore' : 'Backup'}, taken ${formatAuditTime(taken)}`;
  }
  return `${kind} ${shortReference(entityId)}`;
}

/** The start of a UUID is enough to tell entries apart by eye; other ids are short already. */
function shortReference(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id) ? id.slice(0, 8) : id;
}

/** A backup's name carries its UTC time: `workspace-2026-11-26T16-30-00Z.db`. */
function backupTime(name: string): string | null {
  const match = /^(?:workspace|pre-restore)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-\d+)?\.db$/.exec(name);
  if (!match) return null;
  const iso = `${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** When, day first, in this computer's time: "Mon 7 Dec 2026 09:12". */
export function formatAuditTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${dayOf(date)} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** A calendar day (YYYY-MM-DD) day first: "Mon 7 Dec 2026". */
export function formatAuditDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const value = new Date(year ?? NaN, (month ?? NaN) - 1, date ?? NaN);
  return Number.isNaN(value.getTime()) ? day : dayOf(value);
}

function dayOf(date: Date): string {
  return `${weekdays[date.getDay()]} ${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`;
}

/**
 * Who acted, as the log records it: the name, with the role in brackets when one is given —
 * "Sam Patel (Independent chair)" — so an entry says in what capacity someone acted even after
 * their role changes.
 */
export function auditActor(settings: { displayName: string; role?: string }): string {
  const role = settings.role?.trim();
  return role ? `${settings.displayName.trim()} (${role})` : settings.displayName.trim();
}
