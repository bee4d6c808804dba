/**
 * `prw audit verify` with anchors (issue #14): the log checked against every record of it kept
 * elsewhere, and against a PDF the user gives with --against. A log edited and rechained outside
 * the app passes the chain but not the anchors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditCheck } from '../../../shared/workspace';
import { chronologyFixtures } from '../../fixtures/paths';
import { editAndRechain, tamper } from '../services/workspace/audit/tamper';
import { json, passphrase, prw } from './run';

let temp: string;
let dir: string;
let exported: string;

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-audit-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child M'), '--json')).path;
  const reviewId = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Child M', '--json')).id;
  json(prw('chronology', 'import', dir, reviewId, path.join(chronologyFixtures, 'gp.tsv'), '--json'));
  exported = path.join(temp, 'chronology.pdf');
  expect(prw('chronology', 'export', dir, reviewId, '--format', 'pdf', '--out', exported).status).toBe(0);
  expect(prw('backup', 'create', dir).status).toBe(0);
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A PDF made by something else: no record of any audit log in it. */
async function foreignPdf(file: string): Promise<void> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.text('A letter about something else.');
  doc.end();
  await done;
  writeFileSync(file, Buffer.concat(chunks));
}

describe('prw audit verify', () => {
  it('an untouched workspace: intact, passing through the backup, keys.json and the exported PDF', () => {
    const result = prw('audit', 'verify', dir, '--against', exported);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^The audit log is intact: \d+ entries, each linked to the one before, and the rules that keep it append-only are in place\.\n/);
    expect(result.stdout).toMatch(/It passes through entry \d+ recorded in the backup taken on /);
    expect(result.stdout).toMatch(/It passes through entry \d+ recorded in the workspace's key file \(keys\.json\)\./);
    expect(result.stdout).toMatch(/It passes through entry \d+ recorded in the PDF “chronology\.pdf”\./);
    const check = json<AuditCheck>(prw('audit', 'verify', dir, '--against', exported, '--json'));
    expect(check.ok).toBe(true);
    expect(check.anchors.map((anchor) => [anchor.source, anchor.status])).toEqual([
      ['backup', 'on-chain'],
      ['key-file', 'on-chain'],
      ['pdf', 'on-chain'],
    ]);
  });

  it('a PDF with no record, and a file that is not a PDF: refused, saying why and that nothing was checked', async () => {
    const foreign = path.join(temp, 'letter.pdf');
    await foreignPdf(foreign);
    const refused = prw('audit', 'verify', dir, '--against', foreign);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      'prw: letter.pdf carries no record of the audit log: it was not exported by this app, or was exported before PDFs carried one. Nothing was checked.\n',
    );
    const text = path.join(temp, 'notes.pdf');
    writeFileSync(text, 'plain words');
    expect(prw('audit', 'verify', dir, '--against', text).stderr).toBe('prw: notes.pdf is not a PDF. Give a PDF exported from this workspace.\n');
  });

  it('the log edited and rechained outside the app: exit 1, naming the backup; the PDF no longer matches either', async () => {
    await tamper(dir, passphrase, (db) => editAndRechain(db));
    const result = prw('audit', 'verify', dir, '--against', exported);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^prw: The audit log does not match the backup taken on .+: entry \d+ recorded there is not entry \d+ of the log now\. The log was rewritten or cut after that point\.\n$/);
    const check = JSON.parse(prw('audit', 'verify', dir, '--against', exported, '--json').stdout) as AuditCheck;
    expect(check.ok).toBe(false);
    expect(check.anchors.find((anchor) => anchor.source === 'pdf')?.status).toBe('not-on-chain');
  });
});
