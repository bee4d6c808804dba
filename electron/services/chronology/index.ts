export { cancelImport, chooseFiles, importFile, inspect, pickPath, preview } from './import-service';
export { listChronology, updateEntry } from './entries-service';
export { addEpisode, assignToEpisode, changeEpisode, decideDuplicate, episodes, fixRejected, likelyDuplicates, removeEpisode } from './review-service';
export { exportChronology, rejectedRows, submissions } from './export-service';
