/**
 * The export path's own channels: the names check before an anonymised export, the register of
 * exports, and the words marked "not a person". The exports themselves are each domain's
 * (chronology:export, document:export-pdf, terms:export-pdf).
 */
import { channel, noInput } from '../ipc/channel';
import { checkNamesInput, exportListInput, markNotPersonInput, unmarkNotPersonInput } from './schemas';
import type { ExportRecord, NotPerson, UnknownName } from './types';

export const exportChannels = {
  /** Likely personal names in what would be exported that the people register does not know. */
  'export:check-names': channel<typeof checkNamesInput, { candidates: UnknownName[] }>(checkNamesInput),
  /** A review's exports, newest first. */
  'export:list': channel<typeof exportListInput, ExportRecord[]>(exportListInput),
  'export:not-people': channel<typeof noInput, NotPerson[]>(noInput),
  /** Remembers, for this workspace, that a name the check found is not a person. */
  'export:mark-not-person': channel<typeof markNotPersonInput, NotPerson[]>(markNotPersonInput),
  'export:unmark-not-person': channel<typeof unmarkNotPersonInput, NotPerson[]>(unmarkNotPersonInput),
};
