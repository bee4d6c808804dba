/**
 * Issue #15: no PDF the app makes says "seed", "(check)", "SQLite" or a YYYY-MM-DD date anywhere
 * but in what the user (or an agency's file) typed. Every kind of PDF the export code makes today
 * is produced from a realistic workspace — the chronology (whole, filtered, anonymised), the terms
 * of reference (a draft and a signed version), a document (draft and final, named and anonymised,
 * citing people and chronology entries, with a footnote and a table) — and its page text, bookmarks
 * and document properties are read back with pdf.js. A word found is allowed only where that very
 * text is in what was typed: an agency that wrote its dates as 2019-02-02 gets them printed back.
 */
import { describe, expect, it } from 'vitest';
import type { DocJson, DocNode } from '../../../../shared/documents/model';
import { chronologyExport, entryCitation } from '../../../../electron/services/chronology';
import { documentExport } from '../../../../electron/services/documents';
import { termsExport } from '../../../../electron/services/terms';
import type { ExportProduct } from '../../../../electron/services/exports';
import { PdfReader } from '../../pdf-reader';
import { addHartwellPeople, fixtureFiles, fixtures, importFile } from '../chronology/helpers';
import { exported } from './deliver-helpers';
import { call, names, useWorkspace } from '../reviews/helpers';
import { cell, paragraph, table, text } from '../pdf/tools';
import path from 'node:path';

/** What a user must never read in a PDF unless they typed it themselves. */
export const forbidden = [/seed/gi, /\(check\)/gi, /SQLite/gi, /\b\d{4}-\d{2}-\d{2}\b/g];

/** Every place a forbidden word was found in `output`, unless it is in what was typed. */
export function strayWords(output: string, typed: string): string[] {
  const found: string[] = [];
  for (const pattern of forbidden) {
    for (const match of output.matchAll(pattern)) {
      if (typed.toLowerCase().includes(match[0].toLowerCase())) continue;
      const at = match.index ?? 0;
      found.push(`"${match[0]}" in …${output.slice(Math.max(0, at - 40), at + match[0].length + 40).replace(/\s+/g, ' ')}…`);
    }
  }
  return found;
}

async function everyWord(bytes: Buffer): Promise<string> {
  const pdf = new PdfReader(bytes);
  try {
    const info = await pdf.info();
    // The creation and change dates are PDF date strings for software, not words for a reader.
    const properties = Object.entries(info.fields)
      .filter(([key]) => !/Date$/.test(key))
      .map(([key, value]) => `${key}: ${value}`);
    return [...(await pdf.pages()), ...(await pdf.outline()), ...properties].join('\n');
  } finally {
    await pdf.close();
  }
}

describe('the words of every PDF the app makes', () => {
  const workspace = useWorkspace();
  const kernel = () => workspace.rig.core.kernel;
  const pdfs: Array<{ kind: string; words: string }> = [];
  let typed = '';

  async function make(kind: string, product: ExportProduct): Promise<void> {
    const { bytes } = await exported(kernel(), product, { allowUnresolved: 'The words test reads the file back; nothing is published.' });
    pdfs.push({ kind, words: await everyWord(bytes) });
  }

  it('finds none in the chronology, terms of reference and document PDFs', async () => {
    const { id: reviewId } = await call(workspace.rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await addHartwellPeople(workspace.rig, reviewId);
    for (const file of fixtureFiles) await importFile(workspace.rig, reviewId, path.join(fixtures, file));
    const entries = (await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false })).entries;
    await call(workspace.rig, 'chronology:update-entry', { id: entries[1]!.id, analysis: 'The health visitor was not told of the police call-out.' });
    const episode = await call(workspace.rig, 'episode:add', { reviewId, title: 'The bruise in March', summary: 'Seen by the health visitor first.' });
    await call(workspace.rig, 'episode:assign', { episodeId: episode.id, entryIds: [entries[2]!.id], assigned: true });

    await call(workspace.rig, 'terms:start', { reviewId, template: 'lcspr-rapid-review-led' });
    const { current, guidance } = await call(workspace.rig, 'terms:get', { reviewId });
    const sections = (current?.sections.content ?? []).map((node) =>
      node.type === 'paragraph' && guidance.sections.includes(node.content?.[0]?.text ?? '') ? paragraph(text('Child M was seriously harmed in December 2019.')) : node,
    );
    await call(workspace.rig, 'terms:set-sections', { reviewId, sections: { type: 'doc', content: sections } });

    const content: DocJson = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [text('Family background')] },
        {
          type: 'paragraph',
          content: [
            text(`${names.child} lived with her mother. `),
            { type: 'reference', attrs: { kind: 'entry', id: entries[0]!.id, label: 'the first call-out' } },
            text(' was the first contact.'),
            { type: 'footnote', content: [paragraph(text('From the police record.'))] },
          ],
        },
        table([cell('Agency', true), cell('Involvement', true)], [cell('Police'), cell('Two call-outs to the home')]),
      ] as DocNode[],
    };
    const document = await call(workspace.rig, 'document:create', { reviewId, title: 'Overview report', kind: 'report', content });
    await call(workspace.rig, 'document:snapshot', { id: document.id, label: 'For the panel' });

    // Everything typed above, and every text the agencies' files gave the entries — their dates as
    // the agency wrote them, not the days the app read them as, which are the app's to word.
    const agencyTexts = entries.map(({ id: _id, date, provenance, sequence: _sequence, ...fields }) => JSON.stringify({ ...fields, date: date.text, file: provenance.file }));
    typed = [...agencyTexts, JSON.stringify(content), 'Child M was seriously harmed in December 2019.', 'The bruise in March', 'Seen by the health visitor first.'].join('\n');

    await make('chronology', chronologyExport(kernel(), { reviewId, format: 'pdf', anonymised: false }));
    await make('chronology, anonymised', chronologyExport(kernel(), { reviewId, format: 'pdf', anonymised: true }));
    await make('chronology, filtered', chronologyExport(kernel(), { reviewId, format: 'pdf', anonymised: false, filter: { agencies: ['Police'], from: '2019-02-01', to: '2019-06-30', text: 'DASH' } }));
    await make('chronology, one episode', chronologyExport(kernel(), { reviewId, format: 'pdf', anonymised: true, filter: { episodeId: episode.id, flagged: false } }));
    await make('terms of reference, draft', termsExport(kernel(), { reviewId }));
    // Chronology entries are cited as the app's handler cites them.
    const cite = (id: string) => entryCitation(kernel(), id);
    await make('document, draft', documentExport(kernel(), { id: document.id, anonymised: false, draft: true }, cite));
    await make('document, version, anonymised', documentExport(kernel(), { id: document.id, version: 1, anonymised: true, draft: false, marking: 'OFFICIAL' }, cite));
    await call(workspace.rig, 'terms:submit', { reviewId });
    await call(workspace.rig, 'terms:sign-off', { reviewId, by: 'Pat Example', role: 'Independent Chair', decidedOn: '2026-11-23', how: 'meeting' });
    await make('terms of reference, signed', termsExport(kernel(), { reviewId }));
    await make('terms of reference, signed, anonymised', termsExport(kernel(), { reviewId, anonymised: true }));

    expect(pdfs.map((pdf) => pdf.kind)).toHaveLength(9);
    const stray = pdfs.flatMap(({ kind, words }) => strayWords(words, typed).map((found) => `${kind}: ${found}`));
    expect(stray).toEqual([]);
    // A cited entry reads its date as the composite does, not as the agency's file wrote it.
    const draft = pdfs.find((pdf) => pdf.kind === 'document, draft')?.words ?? '';
    expect(draft.replace(/\s+/g, ' ')).toContain(`${names.child} lived with her mother. 22 Oct 2018, Health Visiting:`);
  }, 120_000);

  it('would catch one: the check finds each word outside what was typed', () => {
    const page = 'Exported from the seed data on 2026-12-07 (check) with SQLite.';
    expect(strayWords(page, '')).toHaveLength(4);
    expect(strayWords('As written: 2019-02-02', 'Date: 2019-02-02')).toEqual([]);
  });
});
