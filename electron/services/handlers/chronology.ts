/** The chronology's channels: import, the composite, duplicates, episodes, export. */
import type { ChronologyChannel } from '../../../shared/ipc/contract';
import type { HandlersOf } from './types';
import { saveExportWithDialog } from './save-export';
import type { Ports } from '../ports';
import {
  addEntry,
  saveSubmissionCopy,
  addEpisode,
  correctEntry,
  deleteEntry,
  deletedEntries,
  dismissRejected,
  entryHistory,
  removeSubmission,
  restoreEntry,
  undoRemoval,
  assignToEpisode,
  changeEpisode,
  chooseFiles,
  decideDuplicate,
  episodes,
  chronologyExport,
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
import type { Kernel } from '../kernel';

export function chronologyHandlers(context: Kernel, ports: Ports): HandlersOf<ChronologyChannel> {
  return {
    'chronology:choose-files': ({ reviewId }) => chooseFiles(context, ports, reviewId),
    'chronology:inspect': (input) => inspect(context, input),
    'chronology:preview': (input) => preview(context, input),
    'chronology:import': (input) => importFile(context, input),
    'chronology:list': (input) => listChronology(context, input),
    'chronology:update-entry': (patch) => updateEntry(context, patch),
    'chronology:submissions': ({ reviewId }) => submissions(context, reviewId),
    'chronology:rejected': ({ reviewId }) => rejectedRows(context, reviewId),
    'chronology:fix-rejected': (input) => fixRejected(context, input),
    'chronology:add-entry': (input) => addEntry(context, input),
    'chronology:correct-entry': (input) => correctEntry(context, input),
    'chronology:delete-entry': (input) => deleteEntry(context, input),
    'chronology:restore-entry': ({ id }) => restoreEntry(context, id),
    'chronology:deleted-entries': ({ reviewId }) => deletedEntries(context, reviewId),
    'chronology:entry-history': ({ id }) => entryHistory(context, id),
    'chronology:remove-submission': (input) => removeSubmission(context, input),
    'chronology:undo-removal': ({ id }) => undoRemoval(context, id),
    'chronology:save-submission': ({ id }) => saveSubmissionCopy(context, ports, id),
    'chronology:dismiss-rejected': ({ id }) => dismissRejected(context, id),
    'chronology:duplicates': ({ jobId, ...input }) => context.jobs.run({ id: jobId, kind: 'duplicates' }, (job) => likelyDuplicates(context, input, job)),
    'chronology:decide-duplicate': (input) => decideDuplicate(context, input),
    'chronology:export': ({ allowUnresolved, jobId, ...request }) => saveExportWithDialog(context, ports, chronologyExport(context, request), { allowUnresolved, jobId }),
    'episode:list': ({ reviewId }) => episodes(context, reviewId),
    'episode:add': (input) => addEpisode(context, input),
    'episode:update': (patch) => changeEpisode(context, patch),
    'episode:remove': ({ id }) => removeEpisode(context, id),
    'episode:assign': (input) => assignToEpisode(context, input),
  };
}
