/**
 * What the REFI-QDA exchange files are made from: the conversations' codes, their texts and the
 * passages coded in them, already taken out of the workspace. The module only writes (and, for
 * codebooks, reads) the files; it knows nothing of reviews or the database.
 */

export interface RefiCode {
  guid: string;
  name: string;
  /** #RRGGBB */
  colour: string;
  description: string | null;
  memo: string | null;
  parentGuid: string | null;
}

export interface RefiSource {
  guid: string;
  name: string;
  text: string;
  /** ISO 8601 */
  createdAt: string;
}

export interface RefiCoding {
  guid: string;
  sourceGuid: string;
  /** UTF-16 offsets into source.text (JavaScript string indices), end exclusive. */
  start: number;
  end: number;
  codeGuids: string[];
  memo: string | null;
  createdAt: string;
}

export interface RefiProject {
  name: string;
  user: { guid: string; name: string };
  createdAt: string;
  codes: RefiCode[];
  sources: RefiSource[];
  codings: RefiCoding[];
  /** A project-level memo, may be null. */
  description: string | null;
}

/** A code read from another program's codebook (.qdc), nested as it was there. */
export interface ImportedCode {
  name: string;
  colour: string | null;
  description: string | null;
  children: ImportedCode[];
}
