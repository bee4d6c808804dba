/**
 * Practitioner conversations (issue #17): who took part and what they agreed to, the notes (a
 * document of kind `interview-notes`), and the coding — excerpts of the notes applied to themes.
 * Codings live beside the note, never in it, so they change neither its version hash nor its diff.
 * These records hold real names and practitioners' words: never log them.
 */
import type { TextAnchor } from './anchor';

export const conversationKinds = ['individual', 'group', 'learning-event'] as const;
export type ConversationKind = (typeof conversationKinds)[number];

export const conversationFormats = ['in-person', 'video', 'phone'] as const;
export type ConversationFormat = (typeof conversationFormats)[number];

export const conversationStatuses = ['planned', 'held', 'notes-agreed', 'closed'] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

export const consentStatuses = ['given', 'declined', 'withdrawn'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];

/** What consent covers: the notes being kept, quotes in the report, a recording. */
export const consentCovers = ['notes', 'quotes', 'recording'] as const;
export type ConsentCover = (typeof consentCovers)[number];

export interface Consent {
  status: ConsentStatus;
  /** The day it was given, declined or withdrawn (YYYY-MM-DD); null when not known. */
  on: string | null;
  /** What it covers; empty for declined or withdrawn. */
  covers: ConsentCover[];
}

export interface Participant {
  personId: string;
  /** From the people register: the practitioner's role and agency (never a name in anything publishable). */
  role: string | null;
  agency: string | null;
  /** "Social worker, Children's Services": how the participant is shown and cited. */
  describedAs: string;
  /** null: not recorded yet. */
  consent: Consent | null;
}

export interface Conversation {
  id: string;
  reviewId: string;
  kind: ConversationKind;
  /** YYYY-MM-DD; null while not yet arranged. */
  date: string | null;
  format: ConversationFormat | null;
  place: string | null;
  /** Who led it: the reviewer's or panel members' roles or names. */
  interviewers: string[];
  status: ConversationStatus;
  /** The question set used as the guide (built in or the partnership's own). */
  questionSetId: string | null;
  notesDocumentId: string;
  participants: Participant[];
  /** Excerpts coded in its notes. */
  excerptCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Theme {
  id: string;
  reviewId: string;
  parentId: string | null;
  name: string;
  /** #RRGGBB */
  colour: string;
  description: string | null;
  memo: string | null;
  /** Excerpts coded to this theme itself (not its sub-themes). */
  excerpts: number;
}

export type LinkTarget = { kind: 'entry'; id: string } | { kind: 'episode'; id: string };

/** A link from a theme or an excerpt to the chronology, shown with its source as a user would cite it. */
export interface InterviewLink {
  id: string;
  target: LinkTarget;
  /** "Police, 11/03/2019: Officers attended …" or "Key practice episode: First referral"; "Source removed" when it is gone. */
  label: string;
}

export interface Excerpt {
  id: string;
  reviewId: string;
  conversationId: string;
  /** The exact text coded, and where it sits in the note's plain text. */
  anchor: TextAnchor;
  /** The text is no longer in the note: kept, flagged, never dropped. */
  orphaned: boolean;
  /** Who said it (participants of the conversation). */
  participantIds: string[];
  roles: string[];
  agencies: string[];
  themeIds: string[];
  memo: string | null;
  possibleQuote: boolean;
  /** A participant it comes from withdrew consent: flagged wherever it shows. */
  consentWithdrawn: boolean;
  /** Every participant it comes from consented to quotes. */
  quoteAllowed: boolean;
  links: InterviewLink[];
  createdAt: string;
}

/** A theme's view: its excerpts across every conversation of the review, with what each came from. */
export interface ThemeView {
  theme: Theme;
  /** The theme's links to the chronology. */
  links: InterviewLink[];
  excerpts: Array<Excerpt & { conversation: string }>;
  /** The agencies and roles among all the theme's excerpts, for the filters. */
  agencies: string[];
  roles: string[];
}

/** How often two themes code the same excerpt or overlapping text: counts[i][j] for themes[i], themes[j]. */
export interface CoOccurrence {
  themes: Array<Pick<Theme, 'id' | 'name' | 'parentId' | 'colour'>>;
  counts: number[][];
}

/** Where a quote may not be used: who did not consent, as a user would say it. */
export interface QuoteRefusal {
  excerptId: string;
  /** "Health visitor, Community Health" */
  participant: string;
  reason: 'declined' | 'withdrawn' | 'not-asked' | 'not-covered';
}
