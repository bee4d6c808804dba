/**
 * `npm run bench`: runs every workload under bench/workloads (or those named on the command
 * line) and prints one table — figure, median of N runs, unit. Results are for people to read
 * and to quote in docs/benchmarks.md; no test depends on them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { median, type Figure } from './harness';

// The bundler defines this for the app and CLI; tsx runs the sources as they are.
(globalThis as { __APP_VERSION__?: string }).__APP_VERSION__ = (
  JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version;

async function main() {
  const wanted = process.argv.slice(2);
  const dir = path.join(__dirname, 'workloads');
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => wanted.length === 0 || wanted.includes(path.basename(file, '.ts')));
  const rows: string[][] = [];
  for (const file of files) {
    const { figures } = (await import(path.join(dir, file))) as { figures: Figure[] };
    for (const figure of figures) {
      await figure.setup?.();
      const samples: number[] = [];
      for (let i = 0; i < figure.runs; i++) samples.push(await figure.measure());
      await figure.teardown?.();
      rows.push([path.basename(file, '.ts'), figure.name, format(median(samples)), figure.unit, String(figure.runs)]);
      process.stderr.write('.');
    }
  }
  process.stderr.write('\n');
  printTable(['workload', 'figure', 'median', 'unit', 'runs'], rows);
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
