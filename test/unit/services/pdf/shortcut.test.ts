/**
 * The shaping shortcut for plain ASCII words must give exactly what fontkit gives — the same
 * glyphs, kerning and advances, in every face — or text would be drawn differently from how it
 * was measured. Ligatures and anything outside ASCII must still go to fontkit.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { faces, FontState, fontSources, type Face } from '../../../../electron/services/pdf/fonts';
import { fontsDir } from './tools';

interface Run {
  glyphs: Array<{ id: number }>;
  positions: Array<{ xAdvance: number; xOffset: number; yOffset: number }>;
}

interface FontObject {
  scale: number;
  font: { layout(text: string): Run };
  layoutRun(text: string): Run;
}

function fontObject(face: Face): FontObject {
  const sources = fontSources(fontsDir, 'embedded');
  const doc = new PDFDocument({ font: sources.regular, autoFirstPage: false });
  new FontState(doc, sources).use(face, 10);
  return (doc as unknown as { _font: FontObject })._font;
}

const summary = (run: Run, scale = 1) => run.glyphs.map((glyph, index) => [glyph.id, Math.round(run.positions[index]!.xAdvance * scale * 1000), run.positions[index]!.xOffset, run.positions[index]!.yOffset]);

/** How many times fontkit shapes while `work` runs. */
function fontkitCalls(font: FontObject, work: () => void): number {
  const layout = font.font.layout;
  let calls = 0;
  font.font.layout = (text: string) => {
    calls += 1;
    return layout.call(font.font, text);
  };
  try {
    work();
  } finally {
    font.font.layout = layout;
  }
  return calls;
}

function samples(): string[] {
  let state = 11;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = (chars: string, length: number) => Array.from({ length }, () => chars[Math.floor(next() * chars.length)]).join('');
  const printable = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');
  const kerning = 'AVTWYLPFo.,-rfiyeawv';
  return [
    '2015-01-01 ',
    '03:45 ',
    'OCC-1234/19 ',
    'AVATAR ',
    'Toyota, ',
    'Wave.',
    'office ',
    'affinity ',
    'fjord ',
    '"quoted" ',
    ...Array.from({ length: 500 }, () => pick(printable, 1 + Math.floor(next() * 12))),
    ...Array.from({ length: 300 }, () => pick(kerning, 2 + Math.floor(next() * 8))),
  ];
}

describe('shaping shortcut', () => {
  it('gives fontkit’s glyphs, kerning and advances for ASCII words, in every face', () => {
    for (const face of faces) {
      const font = fontObject(face);
      for (const text of samples()) expect(summary(font.layoutRun(text)), `${face} ${JSON.stringify(text)}`).toEqual(summary(font.font.layout(text), font.scale));
    }
  });

  it('skips fontkit for a word whose pairs it has seen, kerned ones included', () => {
    const font = fontObject('regular');
    font.layoutRun('OCC-2026/11 AVATAR');
    expect(fontkitCalls(font, () => font.layoutRun('OCC-2026/11 AVATAR'))).toBe(0);
  });

  it('leaves ligatures and text outside ASCII to fontkit', () => {
    const font = fontObject('regular');
    for (const text of ['office', 'fluffy', 'Zoë', 'Zoe\u0308', 'Łukasz']) {
      font.layoutRun(text);
      expect(fontkitCalls(font, () => font.layoutRun(text)), text).toBe(1);
    }
    // "office" keeps its ffi ligature.
    expect(font.layoutRun('office').glyphs).toHaveLength(4);
  });
});
