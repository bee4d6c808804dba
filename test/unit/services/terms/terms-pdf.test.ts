/**
 * Terms of reference to PDF and back: the sign-off page and verification code read with pdf.js
 * (test/unit/pdf-reader.ts), and "verify a PDF" for the signed file, an edited copy, a draft, a
 * PDF with no code and a file that is not a PDF.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { termsExport } from '../../../../electron/services/terms';
import { documentExport } from '../../../../electron/services/documents';
import { exported } from '../exports/deliver-helpers';
import { call, failure, useWorkspace } from '../reviews/helpers';
import { PdfReader } from '../../pdf-reader';

const readers: PdfReader[] = [];
afterAll(async () => {
  await Promise.all(readers.map((reader) => reader.close()));
});

function pdf(bytes: Buffer): PdfReader {
  const reader = new PdfReader(bytes);
  readers.push(reader);
  return reader;
}

/** Each visual line as one line, as `pdftotext -layout` printed it. */
const pdfText = (bytes: Buffer) => pdf(bytes).text('layout');

describe('terms of reference PDF and verification', () => {
  const workspace = useWorkspace();
  const context = () => workspace.rig.core.kernel;
  const verify = (bytes: Buffer) => call(workspace.rig, 'terms:verify-pdf', { pdfBase64: bytes.toString('base64') });

  // The test clock reads 26 November 2026; the chair approved at the panel meeting on the 23rd.
  const chair = { by: 'Pat Example', role: 'Independent Chair, SVPP', decidedOn: '2026-11-23', how: 'meeting' } as const;

  async function signedReview() {
    const { id: reviewId } = await call(workspace.rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await call(workspace.rig, 'terms:start', { reviewId, template: 'lcspr-rapid-review-led' });
    // The template's guidance under Background is written over, as a reviewer would before sign-off.
    const { current, guidance } = await call(workspace.rig, 'terms:get', { reviewId });
    const content = (current?.sections.content ?? []).map((node) =>
      node.type === 'paragraph' && guidance.sections.includes(node.content?.[0]?.text ?? '') ? { type: 'paragraph', content: [{ type: 'text', text: 'Child M was seriously harmed in December 2019.' }] } : node,
    );
    await call(workspace.rig, 'terms:set-sections', { reviewId, sections: { type: 'doc', content } });
    await call(workspace.rig, 'terms:submit', { reviewId });
    const signed = await call(workspace.rig, 'terms:sign-off', { reviewId, ...chair });
    return { reviewId, code: signed.sha256 };
  }

  it('a signed version prints its sign-off and verification code (short and full, also in the metadata), without DRAFT', async () => {
    const { reviewId, code } = await signedReview();
    const { bytes, result } = await exported(context(), termsExport(context(), { reviewId }));
    expect(result.record).toMatchObject({ kind: 'terms', format: 'pdf', version: 1, anonymised: false, reviewId });
    const text = await pdfText(bytes);
    expect(text).toContain('Key lines of enquiry');
    expect(text).toContain('Pat Example');
    expect(text).toContain('Independent Chair, SVPP');
    // The day the chair decided, not the day it was recorded.
    expect(text).toContain('23 November 2026');
    // Who decided, how, and who recorded it, in one sentence a reader can quote.
    expect(text.replace(/\s+/g, ' ')).toContain('(at a meeting); recorded by Local user on 26 November 2026');
    expect(text).toContain(code);
    expect(text).toContain(code.slice(0, 4));
    expect(text).not.toContain('DRAFT');
    const { fields } = await pdf(bytes).info();
    expect(fields.Keywords).toContain(code);
    expect(fields.PrwVerificationCode).toBe(code);
  });

  it('suggests a file name that says which version it is (and whether it is anonymised)', async () => {
    const { reviewId } = await signedReview();
    await call(workspace.rig, 'terms:new-version', { reviewId });
    expect(termsExport(context(), { reviewId, version: 1 }).fileName).toBe('terms-of-reference-v1.pdf');
    expect(termsExport(context(), { reviewId }).fileName).toBe('terms-of-reference-v2.pdf');
    expect(termsExport(context(), { reviewId, version: 2, anonymised: true }).fileName).toBe('terms-of-reference-v2-anonymised.pdf');
  });

  it('prints the panel as a table of name, role and agency', async () => {
    const { id: reviewId } = await call(workspace.rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', panelMembers: [{ name: 'Alex Example', role: 'Designated Nurse', agency: 'ICB' }] });
    await call(workspace.rig, 'terms:start', { reviewId, template: 'lcspr-rapid-review-led' });
    const { bytes } = await exported(context(), termsExport(context(), { reviewId }));
    // A row of the table is one line of the page: its cells side by side.
    const lines = (await pdfText(bytes)).split('\n').map((line) => line.trim().replace(/\s+/g, ' '));
    expect(lines).toContain('Name Role Agency');
    expect(lines).toContain('Alex Example Designated Nurse ICB');
  });

  it('verifies the signed file; an edited copy, a draft and a PDF with no code do not match; a non-PDF is refused', async () => {
    const { reviewId, code } = await signedReview();
    const { bytes } = await exported(context(), termsExport(context(), { reviewId }));
    expect(await verify(bytes)).toMatchObject({ match: true, review: 'LCSPR: Child M', version: 1, signedBy: 'Pat Example, Independent Chair, SVPP' });
    expect((await verify(bytes)).message).toBe('Matches signed version 1 of LCSPR: Child M, signed by Pat Example (Independent Chair, SVPP) on 23 November 2026.');

    // The same file with one word of its text changed (as an editing tool would leave it).
    const edited = Buffer.from(bytes.toString('latin1').replace('Purpose', 'Purpase'), 'latin1');
    expect(edited.equals(bytes)).toBe(false);
    const editedResult = await verify(edited);
    expect(editedResult).toMatchObject({ match: false, version: null });
    expect(editedResult.message).toContain(code.slice(0, 12));

    // Version 2 as a draft: its PDF does not verify; once signed, a new export does, and version 1's file still does.
    await call(workspace.rig, 'terms:new-version', { reviewId });
    await call(workspace.rig, 'terms:set', { reviewId, field: 'scope', value: 'Changed for version 2.' });
    const { bytes: draft } = await exported(context(), termsExport(context(), { reviewId }));
    expect(await pdfText(draft)).toContain('DRAFT');
    expect((await verify(draft)).message).toMatch(/before it was signed off/);
    await call(workspace.rig, 'terms:submit', { reviewId });
    await call(workspace.rig, 'terms:sign-off', { reviewId, ...chair });
    expect((await verify(draft)).match).toBe(false);
    const { bytes: second } = await exported(context(), termsExport(context(), { reviewId }));
    expect(await verify(second)).toMatchObject({ match: true, version: 2 });
    expect(await verify(bytes)).toMatchObject({ match: true, version: 1 });

    const document = await call(workspace.rig, 'document:create', { reviewId, title: 'Notes' });
    const { bytes: noCode } = await exported(context(), documentExport(context(), { id: document.id, anonymised: false, draft: false }));
    expect((await verify(noCode)).message).toMatch(/carries no verification code/);

    const notPdf = await failure(workspace.rig, 'terms:verify-pdf', { pdfBase64: Buffer.from('Just some text, not a PDF.').toString('base64') });
    expect(notPdf).toEqual({ code: 'validation', message: 'That file is not a PDF. Choose the PDF of the terms of reference you were sent.' });
  });
});
