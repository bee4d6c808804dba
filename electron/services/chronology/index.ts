/** The multi-agency chronology: import, the composite, duplicates, episodes, rejected rows, export. */
export { chooseFiles, importFile, inspect, pickPath, preview } from './import-service';
export { invalidate, listChronology, updateEntry } from './entries-service';
export { decideDuplicate, likelyDuplicates } from './duplicates-service';
export { addEpisode, assignToEpisode, changeEpisode, episodes, removeEpisode } from './episodes-service';
export { fixRejected, rejectedRows, submissions } from './rejected-service';
export { chronologyExport, type ChronologyExportRequest } from './export';
export { entryCitation } from './citation';
export { saveSubmissionCopy } from './submission-file';
export {
  addEntry,
  correctEntry,
  deleteEntry,
  deletedEntries,
  dismissRejected,
  entryHistory,
  removeSubmission,
  restoreEntry,
  undoRemoval,
} from './changes-service';
