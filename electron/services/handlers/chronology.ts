/** The chronology's channels: import, the composite, duplicates, episodes, export. */
import type { HandlersOf } from '.';
import type { Ports } from '../ports';
import {
  addEpisode,
  assignToEpisode,
  cancelImport,
  changeEpisode,
  chooseFiles,
  decideDuplicate,
  episodes,
  exportChronology,
  fixRejected,
  importFile,
  inspect,
  likelyDuplicates,
  listChronology,
  preview,
  rejectedRows,
  removeEpisode,
  submissions,
  updateEntry,
} from '../chronology';
import type { RegisterContext } from '../reviews';

type ChronologyChannels =
  | 'chronology:choose-files'
  | 'chronology:inspect'
  | 'chronology:preview'
  | 'chronology:import'
  | 'chronology:cancel-import'
  | 'chronology:list'
  | 'chronology:update-entry'
  | 'chronology:submissions'
  | 'chronology:rejected'
  | 'chronology:fix-rejected'
  | 'chronology:duplicates'
  | 'chronology:decide-duplicate'
  | 'chronology:export'
  | 'episode:list'
  | 'episode:add'
  | 'episode:update'
  | 'episode:remove'
  | 'episode:assign';

export function chronologyHandlers(context: RegisterContext, ports: Ports): HandlersOf<ChronologyChannels> {
  return {
    'chronology:choose-files': ({ reviewId }) => chooseFiles(context, ports, reviewId),
    'chronology:inspect': (input) => inspect(context, input),
    'chronology:preview': (input) => preview(context, input),
    'chronology:import': (input) => importFile(context, ports, input),
    'chronology:cancel-import': ({ importId }) => cancelImport(context, importId),
    'chronology:list': (input) => listChronology(context, input),
    'chronology:update-entry': (patch) => updateEntry(context, patch),
    'chronology:submissions': ({ reviewId }) => submissions(context, reviewId),
    'chronology:rejected': ({ reviewId }) => rejectedRows(context, reviewId),
    'chronology:fix-rejected': (input) => fixRejected(context, input),
    'chronology:duplicates': (input) => likelyDuplicates(context, input),
    'chronology:decide-duplicate': (input) => decideDuplicate(context, input),
    'chronology:export': (input) => exportChronology(context, ports, input),
    'episode:list': ({ reviewId }) => episodes(context, reviewId),
    'episode:add': (input) => addEpisode(context, input),
    'episode:update': (patch) => changeEpisode(context, patch),
    'episode:remove': ({ id }) => removeEpisode(context, id),
    'episode:assign': (input) => assignToEpisode(context, input),
  };
}
