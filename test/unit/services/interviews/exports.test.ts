/**
 * The conversations' exports through the one export path, each read back with a real reader: the
 * theme report PDF (its text), the REFI-QDA project (unzipped, project.qde checked against the
 * REFI-QDA Project 1.0 schema, codings found at their words), the codebook (exported, imported
 * into another review) and the CSV. Anonymised by default: no registered name in any of them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { readPdf } from '../../../../electron/services/pdf';
import { refiQdaSchemas } from '../../../fixtures/paths';
import { auditSince, call, failure, lastAuditSeq, useWorkspace } from '../reviews/helpers';
import type { TestRig } from '../workspace/session/helpers';
import { codedReview } from './helpers';
import { children, descendants, parseXml } from './xml-tree';

const workspace = useWorkspace();
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const realNames = ['Imogen', 'Trelawny', 'Bartholomew', 'Quince', 'Philippa', 'Oakenshaw', 'Tobias', 'Fairweather'];

function saveTo(rig: TestRig, name: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'prw-themes-'));
  folders.push(folder);
  const file = path.join(folder, name);
  rig.ports.dialogs.showSave = () => Promise.resolve(file);
  return file;
}

describe('the theme report', () => {
  it('is anonymised by default: themes, quotes cited by role and agency, the child by pseudonym, no real name anywhere', async () => {
    const { rig } = workspace;
    const { review } = await codedReview(rig);
    const file = saveTo(rig, 'themes.pdf');
    const before = lastAuditSeq(rig);
    const saved = await call(rig, 'interviews:export-report', { reviewId: review.id });
    expect(saved?.record).toMatchObject({ kind: 'interviews', format: 'pdf', anonymised: true });
    expect(auditSince(rig, before).map((row) => row.action)).toEqual(['export.anonymised']);
    const reading = await readPdf(readFileSync(file));
    const text = reading.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Themes from conversations with practitioners');
    for (const theme of ['Supervision', 'Reflective space', 'Information sharing']) expect(text).toContain(theme);
    expect(text).toContain('“Supervision every fortnight”');
    expect(text).toContain('Social worker, Children’s Services — Group conversation, Thursday 10 December 2026');
    expect(text).toContain('Health visitor, Community Health — Group conversation, Thursday 10 December 2026 (not for quotation)');
    expect(reading.outline).toEqual(expect.arrayContaining(['Supervision', 'Reflective space', 'Information sharing']));
    for (const name of realNames) expect(text).not.toContain(name);
  });

  it('leaves out the excerpts of a participant who withdrew consent, once their quote is unmarked', async () => {
    const { rig } = workspace;
    const { review, conversation, social, excerpts } = await codedReview(rig);
    await call(rig, 'interviews:consent', { id: conversation.id, personId: social.id, status: 'withdrawn' });
    await call(rig, 'excerpts:edit', { id: excerpts.a.id, possibleQuote: false });
    const file = saveTo(rig, 'themes.pdf');
    await call(rig, 'interviews:export-report', { reviewId: review.id });
    const text = (await readPdf(readFileSync(file))).pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('2 excerpts from participants who declined or withdrew consent are left out.');
    expect(text).not.toContain('Supervision every fortnight');
    expect(text).toContain('We rang the school');
  });
});

describe('the REFI-QDA project (.qdpx)', () => {
  it('holds a project.qde valid against the REFI-QDA Project schema, the notes anonymised, each coding on its words', async () => {
    const { rig } = workspace;
    const { review, excerpts, themes } = await codedReview(rig);
    // An excerpt with the child's name in it: anonymised, its coding must still cover it whole.
    const conversationId = excerpts.a.conversationId;
    const notes = await call(rig, 'excerpts:list', { id: conversationId });
    expect(notes).toHaveLength(4);
    const text = 'said so in the meeting about Tobias Fairweather';
    const conversation = await call(rig, 'interviews:get', { id: conversationId });
    const document = await call(rig, 'document:load', { id: conversation.notesDocumentId });
    const full = JSON.stringify(document.content);
    expect(full).toContain('Tobias Fairweather');
    const plain = (await import('../../../../shared/interviews/note-text')).noteText(document.content).text;
    const start = plain.indexOf(text);
    await call(rig, 'excerpts:code', { conversationId, start, end: start + text.length, exact: text, themeIds: [themes.sharing.id] });

    const file = saveTo(rig, 'conversations.qdpx');
    const saved = await call(rig, 'interviews:export-qdpx', { reviewId: review.id });
    expect(saved?.record).toMatchObject({ kind: 'interviews', format: 'qdpx', anonymised: true });
    const zip = await JSZip.loadAsync(readFileSync(file));
    const qde = await zip.file('project.qde')!.async('string');
    const schema = readFileSync(path.join(refiQdaSchemas, 'Project.xsd'), 'utf8');
    const validation = await validateXML({ xml: [{ fileName: 'project.qde', contents: qde }], schema: [{ fileName: 'Project.xsd', contents: schema }] });
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);

    const root = parseXml(qde);
    const codes = descendants(root, 'Code').map((code) => code.attributes.name);
    expect(codes).toEqual(['Supervision', 'Reflective space', 'Information sharing']);
    const source = descendants(root, 'TextSource')[0]!;
    const sourceText = await zip.file(`sources/${source.attributes.plainTextPath!.replace('internal://', '')}`)!.async('string');
    for (const name of realNames) expect(sourceText + qde).not.toContain(name);
    const chars = [...sourceText];
    const coded = children(source, 'PlainTextSelection').map((selection) => chars.slice(Number(selection.attributes.startPosition), Number(selection.attributes.endPosition)).join(''));
    expect(coded).toEqual(expect.arrayContaining(['Supervision every fortnight', 'room to think about the child', 'We rang the school', 'noticed the bruise and said so']));
    const withChild = coded.find((words) => words.startsWith('said so in the meeting about'));
    expect(withChild).toMatch(/^said so in the meeting about Child Q$/);
  });

  it('with real names when asked, recorded as named', async () => {
    const { rig } = workspace;
    const { review } = await codedReview(rig);
    const file = saveTo(rig, 'conversations.qdpx');
    const saved = await call(rig, 'interviews:export-qdpx', { reviewId: review.id, named: true });
    expect(saved?.record.anonymised).toBe(false);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sources = await Promise.all(Object.values(zip.files).filter((entry) => entry.name.startsWith('sources/')).map((entry) => entry.async('string')));
    expect(sources.join('\n')).toContain('Tobias Fairweather');
  });
});

describe('the codebook (.qdc)', () => {
  it('is exported, and imported into another review starts its theme tree with the same nesting and colours', async () => {
    const { rig } = workspace;
    const { review } = await codedReview(rig);
    const file = saveTo(rig, 'codebook.qdc');
    await call(rig, 'interviews:export-qdc', { reviewId: review.id });
    const other = await call(rig, 'review:create', { type: 'sar', title: 'SAR: Adult R', subject: 'Adult R' });
    rig.ports.dialogs.showOpen = () => Promise.resolve([file]);
    const before = lastAuditSeq(rig);
    expect(await call(rig, 'themes:import-qdc', { reviewId: other.id })).toEqual({ added: 3 });
    expect(auditSince(rig, before).map((row) => row.action)).toEqual(['theme.imported']);
    const themes = await call(rig, 'themes:list', { reviewId: other.id });
    const name = (id: string | null) => themes.find((theme) => theme.id === id)?.name ?? null;
    expect(themes.map((theme) => [theme.name, name(theme.parentId), theme.colour])).toEqual([
      ['Supervision', null, '#1f77b4'],
      ['Reflective space', 'Supervision', expect.stringMatching(/^#[0-9a-f]{6}$/)],
      ['Information sharing', null, expect.stringMatching(/^#[0-9a-f]{6}$/)],
    ]);
    // The same codebook again adds nothing: the themes are already there.
    expect(await call(rig, 'themes:import-qdc', { reviewId: other.id })).toEqual({ added: 0 });
  });

  it('refuses a file that is not REFI-QDA XML with the parser’s line and column, adding nothing', async () => {
    const { rig } = workspace;
    const { review } = await codedReview(rig);
    const folder = mkdtempSync(path.join(tmpdir(), 'prw-qdc-'));
    folders.push(folder);
    const file = path.join(folder, 'broken.qdc');
    writeFileSync(file, '<?xml version="1.0"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n  <Codes>\n    <Code name="Unclosed">\n</CodeBook>\n');
    rig.ports.dialogs.showOpen = () => Promise.resolve([file]);
    const refused = await failure(rig, 'themes:import-qdc', { reviewId: review.id });
    expect(refused.message).toMatch(/^This file is not a REFI-QDA codebook: .*line 5, column \d+/);
    expect(await call(rig, 'themes:list', { reviewId: review.id })).toHaveLength(3);
  });
});

describe('excerpts and memos as CSV', () => {
  it('writes a row per excerpt with its themes, who said it by role and agency, and theme memos after', async () => {
    const { rig } = workspace;
    const { review, themes, excerpts } = await codedReview(rig);
    await call(rig, 'themes:edit', { id: themes.sharing.id, memo: 'Seen in every agency’s account.' });
    await call(rig, 'excerpts:edit', { id: excerpts.c.id, memo: 'Same day as the strategy meeting.' });
    const file = saveTo(rig, 'excerpts.csv');
    await call(rig, 'interviews:export-csv', { reviewId: review.id });
    const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Type', 'Themes', 'Text', 'Memo', 'Conversation', 'Roles', 'Agencies', 'Possible quote', 'Flags']);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2], row[3], row[5], row[7]])).toEqual([
      ['Excerpt', 'Supervision', 'Supervision every fortnight', '', 'Social worker', 'Yes'],
      ['Excerpt', 'Supervision › Reflective space; Information sharing', 'room to think about the child', '', 'Social worker', 'No'],
      ['Excerpt', 'Information sharing', 'We rang the school', 'Same day as the strategy meeting.', 'Designated safeguarding lead', 'No'],
      ['Excerpt', 'Information sharing', 'noticed the bruise and said so', '', 'Health visitor', 'No'],
      ['Theme memo', 'Information sharing', '', 'Seen in every agency’s account.', '', ''],
    ]);
  });
});

describe('the names check before an anonymised export', () => {
  it('finds a name the register does not know in what that export writes, and the export is refused until it is dealt with', async () => {
    const { rig } = workspace;
    const { review, excerpts } = await codedReview(rig);
    await call(rig, 'excerpts:edit', { id: excerpts.c.id, memo: 'Ask Gwendolyn Harcourt at the school about this.' });
    const { candidates } = await call(rig, 'export:check-names', { subject: { kind: 'interviews', reviewId: review.id, file: 'report' } });
    expect(candidates.map((candidate) => candidate.name)).toContain('Gwendolyn Harcourt');
    const file = saveTo(rig, 'themes.pdf');
    expect((await failure(rig, 'interviews:export-report', { reviewId: review.id })).message).toMatch(/not in the people register/);
    const saved = await call(rig, 'interviews:export-report', { reviewId: review.id, allowUnresolved: 'A colleague at the school, not part of the review.' });
    expect(saved?.path).toBe(file);
    // The codebook holds no memos on excerpts: nothing to ask about.
    expect((await call(rig, 'export:check-names', { subject: { kind: 'interviews', reviewId: review.id, file: 'qdc' } })).candidates).toEqual([]);
  });
});
