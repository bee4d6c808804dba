/**
 * Checks PDFs the way a reader's tools see them: poppler (pdftotext, pdfinfo, pdffonts, pdftoppm)
 * and qpdf, run on a file in a temporary folder that is removed afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DocNode } from '../../../../shared/documents/model';
import type { PdfRequest } from '../../../../electron/services/pdf';

export const fontsDir = path.resolve(__dirname, '../../../../resources/fonts');

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** A rendered PDF on disk, with the tools' views of it. */
export class PdfFile {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'prw-pdf-test-'));
  readonly file = path.join(this.dir, 'out.pdf');
  private pagesCache: string[] | null = null;

  constructor(readonly bytes: Buffer) {
    writeFileSync(this.file, bytes);
  }

  /** The text of every page, in order (pdftotext separates pages with a form feed). */
  pages(layout = false): string[] {
    if (!layout && this.pagesCache) return this.pagesCache;
    const pages = run('pdftotext', [...(layout ? ['-layout'] : []), this.file, '-']).split('\f');
    if (pages[pages.length - 1]!.trim() === '') pages.pop();
    if (!layout) this.pagesCache = pages;
    return pages;
  }

  text(): string {
    return this.pages().join('\n');
  }

  info(...args: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const line of run('pdfinfo', [...args, this.file]).split('\n')) {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      if (match) out[match[1]!] = match[2]!;
    }
    return out;
  }

  /** A tool's raw output for this file, e.g. tool('pdfinfo', '-struct'). */
  tool(name: 'pdfinfo' | 'pdftotext' | 'qpdf', ...args: string[]): string {
    return run(name, [...args, this.file, ...(name === 'pdftotext' ? ['-'] : [])]);
  }

  /** pdffonts' table: name, type, emb, sub, uni for each font. */
  fonts(): Array<{ name: string; type: string; embedded: string }> {
    return run('pdffonts', [this.file])
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const columns = line.trim().split(/\s+/);
        // name, type words…, encoding, emb, sub, uni, object, generation
        return { name: columns[0]!, type: columns.slice(1, -6).join(' '), embedded: columns[columns.length - 5]! };
      });
  }

  qpdfCheck(): string {
    return run('qpdf', ['--check', this.file]);
  }

  qpdfJson(key: string): Record<string, unknown> {
    return JSON.parse(run('qpdf', ['--json', `--json-key=${key}`, this.file])) as Record<string, unknown>;
  }

  /** Outline entries as "title@page", depth-first, children indented by two spaces per level. */
  outline(): string[] {
    type Entry = { title: string; destpageposfrom1: number; kids: Entry[] };
    const out: string[] = [];
    const walk = (entries: Entry[], depth: number) => {
      for (const entry of entries) {
        out.push(`${'  '.repeat(depth)}${entry.title}@${entry.destpageposfrom1}`);
        walk(entry.kids, depth + 1);
      }
    };
    walk(this.qpdfJson('outlines').outlines as Entry[], 0);
    return out;
  }

  png(target: string, page = 1): void {
    run('pdftoppm', ['-r', '80', '-png', '-f', String(page), '-l', String(page), '-singlefile', this.file, target.replace(/\.png$/, '')]);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The page (1-based) whose text contains `needle`, counting from `from`. */
export function pageOf(pages: readonly string[], needle: string, from = 1): number {
  for (let index = from - 1; index < pages.length; index++) if (pages[index]!.includes(needle)) return index + 1;
  return -1;
}

export function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

// Fixture builders: ProseMirror JSON as the editor writes it.
export const text = (value: string, ...marks: string[]): DocNode => ({ type: 'text', text: value, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });
export const link = (value: string, href: string): DocNode => ({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href } }] });
export const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
export const heading = (level: number, value: string): DocNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
export const person = (id: string, label: string): DocNode => ({ type: 'reference', attrs: { kind: 'person', id, label } });
export const bullets = (...items: string[]): DocNode => ({ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [paragraph(text(item))] })) });
export const numbered = (start: number, ...items: string[]): DocNode => ({ type: 'orderedList', attrs: { start }, content: items.map((item) => ({ type: 'listItem', content: [paragraph(text(item))] })) });
export const cell = (value: string, header = false): DocNode => ({ type: header ? 'tableHeader' : 'tableCell', content: [paragraph(text(value))] });
export const table = (...rows: DocNode[][]): DocNode => ({ type: 'table', content: rows.map((cells) => ({ type: 'tableRow', content: cells })) });

/** A request with the fixed chrome every test shares; content and the rest from `overrides`. */
export function request(overrides: Partial<PdfRequest> & Pick<PdfRequest, 'content'>): PdfRequest {
  return {
    title: 'Overview report',
    reviewTitle: 'LCSPR 2026/01',
    marking: 'OFFICIAL-SENSITIVE',
    versionLabel: 'Version 2 — PRG review',
    date: '2026-11-27',
    draft: false,
    referenceText: (attrs) => attrs.label,
    fontsDir,
    ...overrides,
  };
}
