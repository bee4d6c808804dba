/**
 * Issue #6's PDF figures: a ~150-page report (headings, paragraphs, lists, small tables) with a
 * 5,000-row, 6-column chronology appendix, drawn with the embedded Noto Sans faces and, for
 * comparison only, in Helvetica; the appendix alone; and the peak memory and time of one export
 * in a fresh process (`PRW_BENCH_PDF_CHILD=1 node --import tsx bench/workloads/pdf.ts` runs one
 * export and prints them).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { DocJson, DocNode } from '../../shared/documents/model';
import type { PdfRequest, PdfTable } from '../../electron/services/pdf';
import { renderDocument } from '../../electron/services/pdf/render';
import { elapsedMs, median, type Figure } from '../harness';

const fontsDir = path.join(__dirname, '..', '..', 'resources', 'fonts');
const words = 'strategy discussion joint visit home police social worker health visitor school nurse bruise injury referral assessment meeting mother child baby concern plan safety medical report parent contact call attended missed appointment letter record the of and to a in was that with for on'.split(' ');

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const text = (value: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const heading = (level: number, value: string): DocNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const cell = (type: 'tableHeader' | 'tableCell', value: string): DocNode => ({ type, content: [paragraph(text(value))] });

/** About 150 pages: 57 sections, each two subsections of paragraphs, a list, a quote and sometimes a table. */
export function benchDocument(): DocJson {
  const next = random(3);
  const sentence = (length: number) => Array.from({ length }, () => words[Math.floor(next() * words.length)]!).join(' ');
  const content: DocNode[] = [];
  for (let section = 1; section <= 57; section++) {
    content.push(heading(1, `${section}. Section ${section}: ${sentence(3)}`));
    for (let sub = 1; sub <= 2; sub++) {
      content.push(heading(2, `${section}.${sub} ${sentence(4)}`));
      for (let p = 0; p < 4; p++) {
        content.push(paragraph(text(`${sentence(40)}. `), text(sentence(6), [{ type: 'bold' }]), text(` ${sentence(50)}; `), text(sentence(5), [{ type: 'italic' }]), text(` ${sentence(30)}.`)));
      }
      content.push({ type: 'bulletList', content: Array.from({ length: 4 }, () => ({ type: 'listItem', content: [paragraph(text(sentence(18)))] })) });
    }
    content.push({ type: 'blockquote', content: [paragraph(text(sentence(45)))] });
    if (section % 3 === 0) {
      content.push({
        type: 'table',
        content: [
          { type: 'tableRow', content: ['Agency', 'Involvement', 'Outcome'].map((value) => cell('tableHeader', value)) },
          ...Array.from({ length: 4 }, () => ({ type: 'tableRow', content: [cell('tableCell', sentence(2)), cell('tableCell', sentence(16)), cell('tableCell', sentence(8))] })),
        ],
      });
    }
  }
  return { type: 'doc', content };
}

/** A chronology-like appendix: date and time, agency, reference, event, action, role. */
export function benchTable(rows: number): PdfTable {
  const next = random(7);
  const pick = () => words[Math.floor(next() * words.length)]!;
  const agencies = ['Police', "Children's Social Care", 'Health Visiting', 'School', 'GP practice', 'Housing'];
  return {
    title: 'Appendix A: multi-agency chronology',
    columns: [
      { header: 'Date and time', width: 1.3 },
      { header: 'Agency', width: 1.3 },
      { header: 'Reference', width: 1.3 },
      { header: 'Event', width: 3.1 },
      { header: 'Action', width: 2 },
      { header: 'Role', width: 1.1 },
    ],
    rows: Array.from({ length: rows }, (_, i) => {
      const day = new Date(Date.UTC(2015, 0, 1) + i * 43_200_000);
      return [
        `${day.toISOString().slice(0, 10)} ${String(Math.floor(next() * 24)).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}`,
        agencies[i % agencies.length]!,
        `OCC-${i}/19`,
        Array.from({ length: 14 }, pick).join(' '),
        Array.from({ length: 6 }, pick).join(' '),
        'PC (response)',
      ];
    }),
  };
}

function request(content: DocJson, tables: PdfTable[]): PdfRequest {
  return {
    title: 'Overview report',
    reviewTitle: 'Child M (bench)',
    marking: 'OFFICIAL-SENSITIVE',
    versionLabel: 'Version 1 — bench',
    date: '2026-11-27',
    draft: true,
    content,
    tables,
    referenceText: (attrs) => attrs.label,
    fontsDir,
  };
}

const fullDocument = () => request(benchDocument(), [benchTable(5_000)]);

async function timed(make: () => PdfRequest, fonts: 'embedded' | 'standard'): Promise<number> {
  const input = make();
  const start = process.hrtime.bigint();
  const pdf = await renderDocument(input, { fonts });
  const ms = elapsedMs(start);
  if (pdf.length < 10_000) throw new Error('suspiciously small PDF');
  return ms;
}

const medians: Record<'embedded' | 'standard', number[]> = { embedded: [], standard: [] };

function record(kind: 'embedded' | 'standard') {
  return async () => {
    const ms = await timed(fullDocument, kind);
    medians[kind].push(ms);
    return ms;
  };
}

/** One export in a fresh process (nothing parsed or cached yet): its time and peak resident memory. */
const fresh: Array<{ ms: number; mb: number }> = [];

function freshProcess(): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', __filename], {
    env: { ...process.env, PRW_BENCH_PDF_CHILD: '1' },
    encoding: 'utf8',
  });
  const match = /ms=([\d.]+) maxRSS=(\d+)/.exec(out);
  if (!match) throw new Error(`unexpected child output: ${out}`);
  // maxRSS is in kilobytes.
  fresh.push({ ms: Number(match[1]), mb: Number(match[2]) / 1024 });
  return fresh[fresh.length - 1]!.mb;
}

export const figures: Figure[] = [
  { name: '~150-page report + 5,000-row appendix (472 pages), embedded Noto Sans', unit: 'ms', runs: 5, measure: record('embedded') },
  { name: 'the same in Helvetica (comparison only)', unit: 'ms', runs: 5, measure: record('standard') },
  { name: 'embedded ÷ Helvetica (medians)', unit: 'ratio', runs: 1, measure: () => median(medians.embedded) / median(medians.standard) },
  { name: '5,000-row appendix alone, embedded', unit: 'ms', runs: 5, measure: () => timed(() => request({ type: 'doc', content: [paragraph(text('Chronology.'))] }, [benchTable(5_000)]), 'embedded') },
  { name: 'report + appendix in a fresh process: peak RSS', unit: 'MB', runs: 3, measure: freshProcess },
  { name: 'report + appendix in a fresh process: time (fonts parsed cold)', unit: 'ms', runs: 1, measure: () => median(fresh.map((run) => run.ms)) },
];

if (process.env.PRW_BENCH_PDF_CHILD) {
  const start = process.hrtime.bigint();
  renderDocument(fullDocument(), { fonts: 'embedded' })
    .then((pdf) => {
      process.stdout.write(`bytes=${pdf.length} ms=${elapsedMs(start).toFixed(0)} maxRSS=${process.resourceUsage().maxRSS}\n`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
