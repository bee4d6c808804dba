/** The Interviews area's four exports, as the buttons and the jobs panel name them. */
export type InterviewExportKind = 'report' | 'qdpx' | 'qdc' | 'csv';

export const exportKinds: readonly InterviewExportKind[] = ['report', 'qdpx', 'qdc', 'csv'];

/** What the jobs panel says while the export runs. */
export const exportLabels: Record<InterviewExportKind, string> = {
  report: 'Exporting the theme report (PDF)',
  qdpx: 'Exporting the coded project (REFI-QDA)',
  qdc: 'Exporting the codebook (REFI-QDA)',
  csv: 'Exporting the excerpts and memos (CSV)',
};

/** The button for each. */
export const exportButtons: Record<InterviewExportKind, string> = {
  report: 'Export the theme report (PDF)',
  qdpx: 'Export the coded project for QualCoder, NVivo, ATLAS.ti or MAXQDA (.qdpx)',
  qdc: 'Export the codebook (.qdc)',
  csv: 'Export the excerpts and memos (CSV)',
};
