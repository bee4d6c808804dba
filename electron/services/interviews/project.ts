/**
 * Everything an export of a review's conversations needs, read in one go: themes in tree order,
 * conversations with their labels and notes, excerpts as the user sees them, and the anonymiser
 * (the identity when the export is named). Quotes are checked here for every export that marks
 * them: a possible quote from a participant without consent to quotes stops the export.
 */
import { reviewName } from '../../../shared/reviews/text';
import { AppError } from '../../../shared/errors';
import type { DocJson } from '../../../shared/documents/model';
import type { Excerpt, Theme } from '../../../shared/interviews/model';
import { noteText } from '../../../shared/interviews/note-text';
import type { SourceText } from '../exports';
import { anonymiserFor, read, requireReview, type Kernel } from '../kernel';
import { loadDocument } from '../documents';
import { listConversations as conversationRows, participantsByConversation, type StoredConversation } from './conversation-repository';
import { excerptShower, quoteRefusals, refusalWords } from './excerpts';
import { listThemes, reviewExcerpts, shownTheme } from './theme-repository';
import { treeOrder } from './themes';
import { conversationLabel } from './words';

export interface ProjectConversation extends StoredConversation {
  label: string;
  notes: DocJson;
  text: string;
}

export interface CodedProject {
  review: { id: string; title: string; subject: string | null };
  themes: Theme[];
  conversations: ProjectConversation[];
  excerpts: Excerpt[];
  /** Anonymised text unless the export is named. */
  shown: (text: string) => string;
  anonymised: boolean;
  /** Excerpts from someone who declined or withdrew consent: the theme report leaves them out. */
  withheld: Set<string>;
  /** Each excerpt's refusals, when it is marked as a possible quote without consent. */
  refusedQuotes: Array<{ excerpt: Excerpt; reasons: string }>;
}

export function codedProject(kernel: Kernel, reviewId: string, anonymised: boolean): CodedProject {
  return read(kernel, (db) => {
    const review = requireReview(db, reviewId);
    const anonymise = anonymised ? anonymiserFor(db, review.id).anonymise : (text: string) => text;
    const conversations = conversationRows(db, review.id).map((row) => {
      const notes = loadDocument(kernel, row.notesDocumentId).content;
      return { ...row, label: conversationLabel(row.kind, row.date), notes, text: noteText(notes).text };
    });
    const show = excerptShower(kernel, db, review.id);
    const stored = reviewExcerpts(db, review.id);
    const excerpts = stored.map(show);
    const refusedQuotes = stored
      .filter((excerpt) => excerpt.possibleQuote)
      .map((excerpt) => ({ excerpt: show(excerpt), reasons: quoteRefusals(db, excerpt).map(refusalWords).join('; ') }))
      .filter((refused) => refused.reasons.length > 0);
    const themes = treeOrder(listThemes(db, review.id)).map(shownTheme);
    const participants = participantsByConversation(db, review.id);
    const refused = (conversationId: string, personId: string) =>
      participants.get(conversationId)?.some((p) => p.personId === personId && (p.consent?.status === 'declined' || p.consent?.status === 'withdrawn')) ?? false;
    const withheld = new Set(excerpts.filter((e) => e.participantIds.some((id) => refused(e.conversationId, id))).map((e) => e.id));
    return { review: { id: review.id, title: review.title, subject: review.subject }, themes, conversations, excerpts, shown: anonymise, anonymised, withheld, refusedQuotes };
  });
}

/** Refuses an export that would carry a quote someone did not consent to, naming it and them. */
export function assertQuotesConsented(project: CodedProject): void {
  const [first, ...more] = project.refusedQuotes;
  if (!first) return;
  const conversation = project.conversations.find((c) => c.id === first.excerpt.conversationId)?.label ?? 'a conversation';
  const words = first.excerpt.anchor.exact.replace(/\s+/g, ' ').trim();
  // The excerpt is named by its first words, anonymised: an error message never carries a real name.
  const named = anonymiserShort(project, words);
  throw new AppError(
    'validation',
    `The excerpt “${named}” (${conversation}) is marked as a possible quote, but ${first.reasons}.${more.length > 0 ? ` ${more.length} more excerpt${more.length === 1 ? ' is' : 's are'} in the same position.` : ''} Unmark it as a possible quote, or record consent to quotes, before exporting.`,
  );
}

function anonymiserShort(project: CodedProject, words: string): string {
  const text = project.anonymised ? project.shown(words) : words;
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Every text an export carries, as written, with where it is: for the names check. */
export function projectSourceTexts(project: CodedProject): SourceText[] {
  return [
    ...project.themes.flatMap((theme) => [
      { text: theme.name, where: `the theme “${theme.name}”` },
      ...(theme.description ? [{ text: theme.description, where: `the description of “${theme.name}”` }] : []),
      ...(theme.memo ? [{ text: theme.memo, where: `the memo on “${theme.name}”` }] : []),
    ]),
    ...project.excerpts.flatMap((excerpt) => {
      const where = `an excerpt from ${project.conversations.find((c) => c.id === excerpt.conversationId)?.label ?? 'a conversation'}`;
      return [{ text: excerpt.anchor.exact, where }, ...(excerpt.memo ? [{ text: excerpt.memo, where: `the memo on ${where}` }] : [])];
    }),
  ];
}

/** "LCSPR: Child M" as the export shows it. */
export function reviewTitle(project: CodedProject): string {
  return project.shown(reviewName(project.review));
}

/** Themes a user recognises: "Supervision › Reflective supervision" for a sub-theme. */
export function themePath(themes: readonly Theme[], id: string): string {
  const parts: string[] = [];
  for (let at = themes.find((theme) => theme.id === id); at; at = at.parentId ? themes.find((theme) => theme.id === at!.parentId) : undefined) parts.unshift(at.name);
  return parts.join(' › ');
}
