/**
 * The sign-off page: who signed, in what role, when and what they decided. With a verification
 * code the page prints it twice — a short form to read aloud and compare at a glance, and the
 * full SHA-256 — and without one it leaves a block to sign by hand.
 */
import { block, blocks, type Region } from './blocks';
import type { Flow } from './flow';
import { longDate, shortCode } from './format';
import type { Inline } from './model';
import { plainMarks } from './model';
import { prepareText, type PrepareOptions } from './prepare';
import { drawTable, rowLayout, type CellLayout } from './table';
import { colours, sizes, spacing } from './theme';
import type { PdfSignOff } from './types';
import { wrapInlines } from './wrap';

const labelWidth = 130;

function plain(text: string, bold = false): Inline[] {
  return [{ kind: 'text', text, marks: bold ? { ...plainMarks, bold: true } : plainMarks }];
}

async function details(flow: Flow, rows: Array<[string, Inline[]]>): Promise<void> {
  const inner = 2 * spacing.cellPadding;
  const { margins, contentWidth } = flow.geometry;
  const x = margins.left;
  const cell = (inlines: Inline[], header: boolean): CellLayout => ({
    lines: wrapInlines(inlines, { size: sizes.body, width: (header ? labelWidth : contentWidth - labelWidth) - inner, bold: header }, flow.measurer),
    x: header ? x : x + labelWidth,
    width: header ? labelWidth : contentWidth - labelWidth,
    type: header ? 'TH' : 'TD',
    options: header ? { scope: 'Row' } : undefined,
  });
  await drawTable(flow, {
    x,
    width: contentWidth,
    header: null,
    rows: rows.map(([label, value]) => rowLayout([cell(plain(label), true), cell(value, false)])),
    beforeRow: () => flow.progress.pause(),
  });
}

function blankSignature(flow: Flow, region: Region): void {
  for (const label of ['Signature', 'Name', 'Date']) {
    const line = wrapInlines(plain(label), { size: sizes.body, width: labelWidth }, flow.measurer)[0]!;
    flow.ensure(34);
    flow.y += 34 - line.height;
    const tag = flow.open('P');
    flow.line(line, region.x, tag);
    flow.close(tag);
    const y = flow.y - 4;
    flow.artifact(() => flow.surface.lines([region.x + 80, y, region.x + region.width, y], 0.75, colours.grid));
  }
}

export async function signOffPage(flow: Flow, signOff: PdfSignOff, options: PrepareOptions): Promise<void> {
  flow.newPage();
  const { margins, contentWidth } = flow.geometry;
  const region: Region = { x: margins.left, width: contentWidth, gap: spacing.paragraph, depth: 0 };
  await block(flow, { kind: 'heading', level: 1, inlines: plain('Sign-off'), anchor: 'sign-off', title: 'Sign-off' }, region);
  // The decision and comments are written by people and may name someone: they are transformed.
  const rows: Array<[string, Inline[]]> = [
    ['Signatory', plain(signOff.signatory)],
    ['Role', plain(signOff.role)],
    ['Date', plain(longDate(signOff.date))],
    ['Decision', prepareText(signOff.decision, options)],
  ];
  if (signOff.comments) rows.push(['Comments', prepareText(signOff.comments, options)]);
  await details(flow, rows);
  flow.skip(18);
  const code = signOff.verificationCode?.toLowerCase();
  if (!code) {
    await blocks(flow, [{ kind: 'paragraph', inlines: plain('Signed on paper:') }], region);
    blankSignature(flow, region);
    return;
  }
  await block(flow, { kind: 'heading', level: 2, inlines: plain('Verification code'), anchor: 'sign-off-code', title: 'Verification code' }, region);
  const short = wrapInlines(plain(shortCode(code), true), { size: 16, width: contentWidth }, flow.measurer);
  const shortTag = flow.open('P');
  for (const line of short) flow.line(line, region.x, shortTag);
  flow.close(shortTag);
  flow.skip(6);
  await blocks(
    flow,
    [
      { kind: 'paragraph', inlines: [...plain('Full code (SHA-256): '), { kind: 'text', text: code, marks: { ...plainMarks, code: true } }] },
      { kind: 'paragraph', inlines: plain('The code identifies exactly what was signed off: the same content always gives the same code, and any change gives a different one.') },
    ],
    region,
  );
}
