/**
 * The REFI-QDA project (project.qde inside a .qdpx): the conversations as text sources, the codes,
 * the coded passages and the memos, so the analysis can continue in NVivo, ATLAS.ti, MAXQDA or
 * QualCoder. Valid against Project.xsd, REFI-QDA Project 1.0 (test/fixtures/refi-qda).
 */
import { zipSync, type Zippable } from 'fflate';
import { AppError } from '../../../../shared/errors';
import { dateTime, derivedGuid, guid } from './checks';
import { codeElement } from './codebook';
import { codeTree } from './code-tree';
import { codePointOffsets } from './positions';
import type { RefiCode, RefiCoding, RefiProject, RefiSource } from './types';
import { element, xmlDocument, type XmlElement } from './xml';

export const projectNamespace = 'urn:QDA-XML:project:1.0';
export const projectOrigin = 'Practice Review Workspace';

/** Where a source's text sits in the .qdpx, and how project.qde points at it. */
export const sourceEntry = (sourceGuid: string): string => `sources/${sourceGuid}.txt`;
const sourcePath = (sourceGuid: string): string => `internal://${sourceGuid}.txt`;

export function projectXml(project: RefiProject): string {
  const userGuid = guid(project.user.guid, `user “${project.user.name}”`);
  const created = dateTime(project.createdAt, 'project');
  // Memos become Notes at the end of the project, each pointed at by a NoteRef from the element it
  // is about: the code, or the coded passage (not each Coding, which is one per code).
  const notes: XmlElement[] = [];
  const noteRef = (ownerGuid: string, name: string, memo: string | null, createdAt: string): XmlElement[] => {
    if (memo === null || memo.trim() === '') return [];
    const noteGuid = derivedGuid(ownerGuid, 'memo');
    notes.push(
      element('Note', [['guid', noteGuid], ['name', name], ['creatingUser', userGuid], ['creationDateTime', createdAt]], [element('PlainTextContent', [], memo)]),
    );
    return [element('NoteRef', [['targetGUID', noteGuid]])];
  };

  const memoNote = (code: RefiCode) => noteRef(code.guid, `Memo on the code ${code.name}`, code.memo, created);

  const codesByGuid = new Map(project.codes.map((code) => [code.guid, code]));
  const codingsBySource = groupCodings(project, codesByGuid);

  const selection = (source: RefiSource, offsets: (offset: number) => number, coding: RefiCoding): XmlElement => {
    const codingCreated = dateTime(coding.createdAt, `coded passage in “${source.name}”`);
    // A code given twice would give two Codings with one GUID.
    const codings = [...new Set(coding.codeGuids)].map((codeGuid) =>
      element(
        'Coding',
        [
          ['guid', derivedGuid(coding.guid, `coding ${codeGuid}`)],
          ['creatingUser', userGuid],
          ['creationDateTime', codingCreated],
        ],
        [element('CodeRef', [['targetGUID', codeGuid]])],
      ),
    );
    return element(
      'PlainTextSelection',
      [
        ['guid', guid(coding.guid, `coded passage in “${source.name}”`)],
        ['startPosition', String(offsets(coding.start))],
        ['endPosition', String(offsets(coding.end))],
        ['creatingUser', userGuid],
        ['creationDateTime', codingCreated],
      ],
      [...codings, ...noteRef(coding.guid, `Memo on a passage in ${source.name}`, coding.memo, codingCreated)],
    );
  };

  const sourceElement = (source: RefiSource): XmlElement => {
    const offsets = codePointOffsets(source.text);
    const selections = (codingsBySource.get(source.guid) ?? []).map((coding) => selection(source, offsets, coding));
    return element(
      'TextSource',
      [
        ['guid', guid(source.guid, `source “${source.name}”`)],
        ['name', source.name],
        ['plainTextPath', sourcePath(source.guid)],
        ['creatingUser', userGuid],
        ['creationDateTime', dateTime(source.createdAt, `source “${source.name}”`)],
      ],
      selections,
    );
  };

  // Built before the Notes element is assembled: they are what fills it.
  const users = element('Users', [], [element('User', [['guid', userGuid], ['name', project.user.name]])]);
  const codes = project.codes.length > 0 ? [element('CodeBook', [], [element('Codes', [], codeTree(project.codes).map((node) => codeElement(node, memoNote)))])] : [];
  const sources = project.sources.length > 0 ? [element('Sources', [], project.sources.map(sourceElement))] : [];
  const content: XmlElement[] = [users, ...codes, ...sources];
  if (notes.length > 0) content.push(element('Notes', [], notes));
  if (project.description !== null && project.description.trim() !== '') content.push(element('Description', [], project.description));

  const root = element(
    'Project',
    [
      ['xmlns', projectNamespace],
      ['name', project.name],
      ['origin', projectOrigin],
      ['creatingUserGUID', userGuid],
      ['creationDateTime', created],
    ],
    content,
  );
  return xmlDocument(root);
}

/** Each source's coded passages in reading order, checked against the texts and the codes. */
function groupCodings(project: RefiProject, codes: Map<string, RefiCode>): Map<string, RefiCoding[]> {
  const sources = new Map(project.sources.map((source) => [source.guid, source]));
  const groups = new Map<string, RefiCoding[]>();
  for (const coding of project.codings) {
    const source = sources.get(coding.sourceGuid);
    if (!source) throw new AppError('validation', 'A coded passage belongs to a conversation that is not in the export.');
    const inside = Number.isInteger(coding.start) && Number.isInteger(coding.end) && coding.start >= 0 && coding.start <= coding.end && coding.end <= source.text.length;
    if (!inside) throw new AppError('validation', `A coded passage in “${source.name}” lies outside its text, so it cannot be exported.`);
    for (const codeGuid of coding.codeGuids) {
      if (!codes.has(codeGuid)) throw new AppError('validation', `A coded passage in “${source.name}” uses a code that is not in the codebook.`);
    }
    const group = groups.get(source.guid) ?? [];
    group.push(coding);
    groups.set(source.guid, group);
  }
  for (const group of groups.values()) group.sort((a, b) => a.start - b.start || a.end - b.end);
  return groups;
}

/** The .qdpx: project.qde at the root and each source's text, UTF-8, under sources/. */
export async function projectBytes(project: RefiProject): Promise<Uint8Array> {
  // Entries dated from the project rather than the clock: the same project gives the same bytes.
  const mtime = new Date(dateTime(project.createdAt, 'project'));
  const encoder = new TextEncoder();
  // No separate entry for the sources/ folder: the standard's files are project.qde and the sources.
  // fflate rather than JSZip: on 200 conversations' notes it zips several times faster (benchmarks.md); level 1 because notes compress well at any level and the export waits on it.
  const files: Zippable = { 'project.qde': encoder.encode(projectXml(project)) };
  for (const source of project.sources) files[sourceEntry(source.guid)] = encoder.encode(source.text);
  return Promise.resolve(zipSync(files, { level: 1, mtime }));
}
