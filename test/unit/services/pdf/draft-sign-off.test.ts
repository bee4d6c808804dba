/** The DRAFT watermark and the sign-off page, with and without a verification code. */
import { afterEach, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../electron/services/pdf';
import { heading, paragraph, PdfReader, request, text } from './tools';

const code = '3f2a9c0177be4d5e8a61b0c2d9e3f4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b';
const content = { type: 'doc' as const, content: [heading(1, 'Findings'), paragraph(text('The panel agreed the findings.'))] };
const files: PdfReader[] = [];

async function render(overrides: Parameters<typeof request>[0]): Promise<PdfReader> {
  const pdf = new PdfReader(await renderPdf(request(overrides)));
  files.push(pdf);
  return pdf;
}

/** The text of the last page, where the sign-off is. */
async function lastPage(pdf: PdfReader): Promise<string> {
  return (await pdf.pages()).at(-1)!;
}

afterEach(async () => {
  await Promise.all(files.splice(0).map((file) => file.close()));
});

describe('renderPdf: draft watermark', () => {
  it('marks every page DRAFT when the copy is a draft', async () => {
    const pdf = await render({ content, draft: true, tables: [{ title: 'Appendix', columns: [{ header: 'Column', width: 1 }], rows: [['a row']] }] });
    const pages = await pdf.pages();
    expect(pages.length).toBe(4);
    pages.forEach((page, index) => expect(page, `page ${index + 1}`).toMatch(/\bDRAFT\b/));
  });

  it('has no DRAFT anywhere when it is not', async () => {
    const pdf = await render({ content, draft: false, versionLabel: 'Version 3 — final' });
    expect(await pdf.text()).not.toMatch(/DRAFT/);
  });
});

describe('renderPdf: sign-off page', () => {
  it('prints the signatory, the decision and the verification code in short and full form', async () => {
    const pdf = await render({
      content,
      signOff: { signatory: 'Alex Reviewer', role: 'Independent reviewer', date: '2026-12-01', decision: 'Approved for publication', comments: 'With the agreed amendments.', verificationCode: code.toUpperCase() },
    });
    const last = await lastPage(pdf);
    for (const expected of ['Sign-off', 'Alex Reviewer', 'Independent reviewer', '1 December 2026', 'Approved for publication', 'With the agreed amendments.', '3f2a 9c01 77be', code]) expect(last).toContain(expected);
    expect(last).not.toContain('Signature');
  });

  it('puts the code in the Keywords and in its own metadata key', async () => {
    const pdf = await render({ content, keywords: ['safeguarding', 'LCSPR'], signOff: { signatory: 'Alex Reviewer', role: 'Independent reviewer', date: '2026-12-01', decision: 'Approved', verificationCode: code } });
    const info = await pdf.info();
    expect(info.fields.Keywords).toBe(`safeguarding, LCSPR, ${code}`);
    expect(info.fields.PrwVerificationCode).toBe(code);
    expect(info.xmp).toContain(`<pdf:Keywords>safeguarding, LCSPR, ${code}</pdf:Keywords>`);
  });

  it('leaves a blank block to sign by hand when there is no code', async () => {
    const pdf = await render({ content, signOff: { signatory: 'Alex Reviewer', role: 'Chair', date: '2026-12-01', decision: 'Approved' } });
    const last = await lastPage(pdf);
    expect(last).toMatch(/Signature\s+Name\s+Date/);
    expect(last).not.toContain('Verification code');
    expect(Object.keys((await pdf.info()).fields)).not.toContain('PrwVerificationCode');
  });

  it('lists the sign-off in the contents and the outline', async () => {
    const pdf = await render({ content, signOff: { signatory: 'Alex Reviewer', role: 'Chair', date: '2026-12-01', decision: 'Approved', verificationCode: code } });
    expect(await pdf.outline()).toEqual(['Findings@3', 'Sign-off@4', '  Verification code@4']);
    expect((await pdf.pages('layout'))[1]).toMatch(/Sign-off\s+4\s*$/m);
  });

  it('keeps metadata XML well formed whatever the title says', async () => {
    const pdf = await render({ content, title: 'Review of A & B <script>x</script>', author: 'R & D' });
    const info = await pdf.info();
    expect(info.fields.Title).toBe('Review of A & B <script>x</script>');
    const xml = info.xmp;
    expect(xml).toContain('Review of A &amp; B &lt;script&gt;x&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
  });
});
