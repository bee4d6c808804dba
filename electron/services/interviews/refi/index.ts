/**
 * REFI-QDA, the exchange standard of NVivo, ATLAS.ti, MAXQDA and QualCoder: the codebook (.qdc)
 * written and read, and the project (.qdpx) written, for the coded practitioner conversations.
 */
export type { ImportedCode, RefiCode, RefiCoding, RefiProject, RefiSource } from './types';
export { codebookNamespace, codebookXml } from './codebook';
export { projectBytes, projectNamespace, projectOrigin, projectXml, sourceEntry } from './project';
export { readCodebook } from './read-codebook';
