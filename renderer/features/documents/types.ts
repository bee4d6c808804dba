/** The shapes the documents store holds and its screens pass around. */
import type { ChronologyEntry } from '../../../shared/chronology/views';
import type { DocumentDetail } from '../../../shared/documents/types';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  | { status: 'failed'; message: string }
  /** Another window saved a newer revision: saving stops until the document is reloaded. */
  | { status: 'conflict'; message: string };

export type EditorPanel = 'versions' | 'settings' | 'export';

/** A side of a comparison: a version number or the text as it is now. */
export type Side = number | 'current';

/** The document in the editor. `session` changes on every (re)load, so a save from an editor showing an older load is refused. */
export interface OpenDocument extends DocumentDetail {
  session: number;
}

export interface ExportChoices {
  version: number | null;
  anonymised: boolean;
  draft: boolean;
  marking: string;
}

/** Entries found for the reference dialog: the first few of those matching. */
export interface EntrySearch {
  text: string;
  entries: ChronologyEntry[];
  total: number;
}
