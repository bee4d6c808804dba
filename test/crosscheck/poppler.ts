/**
 * poppler (pdftotext, pdfinfo, pdffonts, pdftoppm) and qpdf, run on a PDF file: the tools much of
 * a reader's own software is built on, as a second opinion on what pdf.js tells the unit tests.
 * They are not needed for `npm run test:unit`, only for `npm run test:crosscheck`.
 */
import { execFileSync, spawnSync } from 'node:child_process';

const install = 'apt-get install poppler-utils qpdf';
const tools = [
  ['pdftotext', 'poppler-utils'],
  ['pdfinfo', 'poppler-utils'],
  ['pdffonts', 'poppler-utils'],
  ['pdftoppm', 'poppler-utils'],
  ['qpdf', 'qpdf'],
] as const;

/** One line naming the first tool that is not installed and how to install it; null if none is missing. */
export function missingTool(): string | null {
  for (const [tool, debianPackage] of tools) {
    const { error } = spawnSync(tool, ['--version'], { stdio: 'ignore' });
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return `The PDF cross-check needs ${tool} (from ${debianPackage}), which is not installed: ${install}`;
  }
  return null;
}

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** The text of every page (pdftotext separates pages with a form feed). */
export function pdftotext(file: string, layout = false): string[] {
  const pages = run('pdftotext', [...(layout ? ['-layout'] : []), file, '-']).split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** pdfinfo's raw output, e.g. pdfinfoText(file, '-struct'). */
export function pdfinfoText(file: string, ...args: string[]): string {
  return run('pdfinfo', [...args, file]);
}

/** pdfinfo's "Key: value" lines as an object. */
export function pdfinfo(file: string, ...args: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of pdfinfoText(file, ...args).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) out[match[1]!] = match[2]!;
  }
  return out;
}

export interface PopplerFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** pdffonts' table: name, type, encoding, emb, sub, uni, object, generation for each font. */
export function pdffonts(file: string): PopplerFont[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      const at = (fromEnd: number) => columns[columns.length - fromEnd]!;
      return { name: columns[0]!, type: columns.slice(1, -6).join(' '), embedded: at(5) === 'yes', subset: at(4) === 'yes' };
    });
}

/** qpdf --check: its exit status (0 clean, 2 errors, 3 warnings) and what it printed. */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Outline entries as "title@page", depth-first, children indented by two spaces per level. */
export function qpdfOutline(file: string): string[] {
  type Entry = { title: string; destpageposfrom1: number; kids: Entry[] };
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])) as { outlines: Entry[] };
  const out: string[] = [];
  const walk = (entries: Entry[], depth: number) => {
    for (const entry of entries) {
      out.push(`${'  '.repeat(depth)}${entry.title}@${entry.destpageposfrom1}`);
      walk(entry.kids, depth + 1);
    }
  };
  walk(json.outlines, 0);
  return out;
}

/** One page drawn to a PNG at 80 dpi, for a person to look at. */
export function pdftoppm(file: string, target: string, page = 1): void {
  run('pdftoppm', ['-r', '80', '-png', '-f', String(page), '-l', String(page), '-singlefile', file, target.replace(/\.png$/, '')]);
}
