/** The Chronology area's state and actions, as its store (./store.ts) and screens see them. */
import type { EntryPatch } from '../../../shared/chronology/schemas';
import type { ChronologyEntry, ChronologyList, DuplicatePair, Episode, ImportResult } from '../../../shared/chronology/views';
import type { ExportResult } from '../../../shared/exports/types';
import type { NamedPerson } from '../../../shared/people/anonymise';
import type { ReviewSummary } from '../../../shared/reviews/types';
import type { Outcome } from '../../lib/outcome';
import type { FilterFields } from './filter';
import type { Replacing } from '../chronology-import/store';

export const chronologyTabs = ['composite', 'duplicates', 'episodes', 'timeline', 'submissions', 'rejected'] as const;
export type ChronologyTab = (typeof chronologyTabs)[number];

export interface EpisodeFields {
  title: string;
  /** YYYY-MM-DD or ''. */
  start: string;
  end: string;
  summary: string;
}

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export interface ChronologyState {
  reviews: ReviewSummary[] | null;
  reviewId: string | null;
  tab: ChronologyTab;
  importing: boolean;
  /** The submission the import wizard was opened to replace. */
  replacing: Replacing | null;
  /** The agency whose return the wizard was opened to import (from Agency requests). */
  answering: string | null;
  anonymised: boolean;
  /** The view the user just chose, until the switch to it is done (the people register is read first). */
  namesPending: boolean | null;
  filter: FilterFields;
  filtersShown: boolean;
  /** The filter as it was in the named view, given back on returning to it if left untouched. */
  namedFilter: { before: FilterFields; after: FilterFields } | null;
  list: ChronologyList | null;
  /** The query `list` answers or is being fetched for; null: fetch again when next shown. */
  listKey: string | null;
  loading: boolean;
  /** Every significance seen in this review and view, for the filter's choices. */
  significanceOptions: string[];
  openId: string | null;
  checked: ReadonlySet<string>;
  duplicates: DuplicatePair[] | null;
  duplicatesKey: string | null;
  /** The search for duplicates was cancelled (from the jobs panel): what the core said. */
  duplicatesCancelled: string | null;
  episodes: Episode[] | null;
  /** The review's people register: what anonymises the reviewer's own episode titles. */
  people: NamedPerson[] | null;
  /** A file is being written (after the names check, which leaves the buttons usable behind its dialog). */
  exporting: boolean;

  loadReviews: () => Promise<void>;
  chooseReview: (id: string) => void;
  setTab: (tab: ChronologyTab) => void;
  setAnonymised: (anonymised: boolean) => Promise<void>;
  setFilter: (patch: Partial<FilterFields>) => void;
  clearFilter: () => void;
  showFilters: (shown: boolean) => void;
  /** The episode view: the composite showing one key practice episode's entries. */
  showEpisode: (episodeId: string) => void;
  /** Fetches the composite unless what is held already answers the current query. */
  ensureList: () => Promise<void>;
  /** Something the composite shows changed in the core (an import, a fixed row, a link). */
  reloadList: () => void;
  openEntry: (id: string | null) => void;
  setChecked: (ids: readonly string[], checked: boolean) => void;
  clearChecked: () => void;
  saveEntry: (patch: EntryPatch) => Promise<Outcome<ChronologyEntry>>;
  /**
   * Exports what the composite shows (the current filter), named or anonymised as on screen. An
   * anonymised export waits on the names check first. Null: cancelled, nothing was written.
   */
  exportChronology: (format: ExportFormat) => Promise<Outcome<ExportResult | null>>;

  loadDuplicates: () => Promise<void>;
  decideDuplicate: (pair: DuplicatePair, decision: DuplicatePair['decision']) => Promise<Outcome<null>>;

  loadEpisodes: () => Promise<void>;
  addEpisode: (fields: EpisodeFields) => Promise<Outcome<Episode>>;
  updateEpisode: (id: string, fields: EpisodeFields) => Promise<Outcome<Episode>>;
  removeEpisode: (id: string) => Promise<Outcome<{ id: string }>>;
  assign: (episodeId: string, entryIds: readonly string[], assigned: boolean) => Promise<Outcome<Episode>>;

  /** Opens the import wizard; with a submission, to replace it with the agency's corrected file. */
  openImport: (replacing?: Replacing, answering?: string) => void;
  closeImport: (result: ImportResult | null) => void;
}
