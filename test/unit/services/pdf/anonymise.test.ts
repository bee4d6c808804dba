/**
 * An anonymised copy must not name anyone anywhere a reader could find it: page text, the
 * contents, the outline, the metadata. The people are invented (the Hartwell fixtures).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocJson, ReferenceAttrs } from '../../../../shared/documents/model';
import { renderPdf, type PdfRequest } from '../../../../electron/services/pdf';
import { bullets, cell, heading, paragraph, PdfReader, person, request, table, text } from './tools';

const realWords = ['Maisie', 'Hartwell', 'Kerry', 'Dean', 'Farrow'];

/**
 * A deliberately narrow anonymiser: full names and first names only, no surnames on their own.
 * It cannot see "Dean Farrow" when the editor split it into "Dean " and a bold "Farrow".
 */
const replacements: Array<[RegExp, string]> = [
  [/Maisie Hartwell/g, 'Child M'],
  [/Kerry Hartwell/g, 'Mother'],
  [/Dean Farrow/g, 'Mr F'],
  [/\bMaisie\b/g, 'Child M'],
  [/\bKerry\b/g, 'Mother'],
];
const anonymise = (value: string) => replacements.reduce((result, [pattern, pseudonym]) => result.replace(pattern, pseudonym), value);
const pseudonyms: Record<string, string> = { 'p-maisie': 'Child M', 'p-kerry': 'Mother', 'p-dean': 'Mr F' };

function content(): DocJson {
  return {
    type: 'doc',
    content: [
      heading(1, 'Meeting with Kerry Hartwell'),
      paragraph(text('Maisie Hartwell lived with Kerry Hartwell and '), person('p-dean', 'Dean Farrow'), text('.')),
      paragraph(text('On the last visit '), text('Dean ', 'italic'), text('Farrow', 'bold'), text(' answered the door.')),
      heading(2, 'What Maisie told the school'),
      bullets('Maisie Hartwell started school in September', 'Kerry brought her most days'),
      { type: 'blockquote', content: [paragraph(text('Maisie Hartwell was quiet in class.'), { type: 'footnote', content: [paragraph(text('Told to the reviewer by Kerry Hartwell.'))] })] },
      table([cell('Who', true), cell('What', true)], [cell('Dean Farrow'), cell('Attended the strategy meeting with Kerry Hartwell')]),
      paragraph(person('p-maisie', 'Maisie Hartwell'), text(' and '), person('p-kerry', 'Kerry Hartwell'), text(' were seen together.')),
    ],
  };
}

const named: Partial<PdfRequest> = {};
const anonymised: Partial<PdfRequest> = {
  transformText: anonymise,
  referenceText: (attrs: ReferenceAttrs) => pseudonyms[attrs.id] ?? 'Unknown person',
};

/** Every place in the file a reader or a tool could read a name from. */
async function everything(pdf: PdfReader): Promise<string> {
  const info = await pdf.info();
  const fields = Object.entries(info.fields).map(([key, value]) => `${key}: ${value}`);
  return [await pdf.text(), (await pdf.outline()).join('\n'), ...fields, info.xmp ?? '', pdf.bytes.toString('latin1')].join('\n');
}

function render(overrides: Partial<PdfRequest>): Promise<Buffer> {
  return renderPdf(
    request({
      content: content(),
      title: 'Overview report (anonymised)',
      reviewTitle: 'LCSPR: Child M',
      signOff: { signatory: 'A. Reviewer', role: 'Independent reviewer', date: '2026-11-27', decision: 'Agreed with Kerry Hartwell present', comments: 'Dean Farrow did not attend.' },
      ...overrides,
    }),
  );
}

let namedPdf: PdfReader;
let anonymisedPdf: PdfReader;

beforeAll(async () => {
  namedPdf = new PdfReader(await render(named));
  anonymisedPdf = new PdfReader(await render(anonymised));
});

afterAll(async () => {
  await namedPdf?.close();
  await anonymisedPdf?.close();
});

describe('renderPdf: anonymised copies', () => {
  it('names people in the named copy (so the check below can fail)', async () => {
    const all = await everything(namedPdf);
    expect(all).toContain('Maisie Hartwell lived with Kerry Hartwell and Dean Farrow.');
    expect(await namedPdf.outline()).toContain('Meeting with Kerry Hartwell@3');
    expect(await namedPdf.text()).toContain('Dean Farrow answered the door.');
  });

  it('shows no real name anywhere: text, contents, outline, notes, tables, sign-off or metadata', async () => {
    const all = await everything(anonymisedPdf);
    for (const word of realWords) expect(all.toLowerCase(), word).not.toContain(word.toLowerCase());
  });

  it('uses the pseudonyms from the transform and for references', async () => {
    const all = await anonymisedPdf.text();
    expect(all).toContain('Child M lived with Mother and Mr F.');
    expect(all).toContain('Child M and Mother were seen together.');
    expect(all).toContain('Attended the strategy meeting with Mother');
    expect(all).toContain('Agreed with Mother present');
    expect(await anonymisedPdf.outline()).toEqual(['Meeting with Mother@3', '  What Child M told the school@3', 'Notes@3', 'Sign-off@4']);
  });

  it('anonymises a name split across formatting as a whole, losing the formatting rather than leaking', async () => {
    expect(await anonymisedPdf.text()).toContain('On the last visit Mr F answered the door.');
  });
});
