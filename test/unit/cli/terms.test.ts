/**
 * `prw terms` (also `prw tor`, as scripts written before know it) and `prw verify-pdf` as a user
 * runs them: terms of reference from a template,
 * submitted, signed off, exported and verified; edited into version 2; bad input refused.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, prw } from './run';
import { PdfReader } from '../pdf-reader';

let temp: string;
let dir: string;
let reviewId: string;

interface Verification {
  match: boolean;
  review: string | null;
  version: number | null;
  signedBy: string | null;
  signedAt: string | null;
}

/** Today on this computer's calendar: the CLI refuses a decision dated after it. */
const today = (() => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
})();
const decided = ['--decided-on', today, '--how', 'meeting'];

/** Writes over the template's guidance in the sections, as a reviewer does before sign-off. */
function writeSections(workspaceDir: string, review: string): void {
  const file = path.join(temp, 'sections.txt');
  writeFileSync(file, '## Background\nChild M was seriously harmed in December 2019.\n\n## Purpose\nTo identify improvements to safeguard children.\n');
  json(prw('terms', 'set-sections', workspaceDir, review, '--file', file, '--json'));
}

const verify = (file: string) => json<Verification>(prw('verify-pdf', file, '--workspace', dir, '--json'));

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-tor-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child M'), '--json')).path;
  reviewId = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Child M', '--subject', 'Child M', '--json')).id;
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('prw tor', () => {
  it('start, set, submit, sign off, export and verify; version 2 is started explicitly, and verifies only once signed', async () => {
    expect(prw('tor', 'show', dir, reviewId).stdout).toMatch(/No terms of reference yet/);
    json(prw('terms', 'start', dir, reviewId, '--template', 'lcspr-rapid-review-led', '--json'));
    json(prw('terms', 'set', dir, reviewId, '--field', 'agencies', '--value', 'Police\nHealth Visiting\nSchool', '--json'));
    writeFileSync(path.join(temp, 'scope.txt'), 'Agencies’ involvement from March 2019\nto the incident in May 2021.\n');
    json(prw('terms', 'set', dir, reviewId, '--field', 'scope', '--value-file', path.join(temp, 'scope.txt'), '--json'));
    json(prw('terms', 'set', dir, reviewId, '--field', 'milestones', '--value', '[{"label":"Panel meeting","due":"2026-12-14"}]', '--json'));
    const shown = json<{ current: { fields: { agencies: string[]; scope: string; milestones: unknown[] } } }>(prw('terms', 'show', dir, reviewId, '--json'));
    expect(shown.current.fields).toMatchObject({ agencies: ['Police', 'Health Visiting', 'School'], scope: 'Agencies’ involvement from March 2019\nto the incident in May 2021.', milestones: [{ label: 'Panel meeting', due: '2026-12-14' }] });

    writeSections(dir, reviewId);
    expect(json<{ status: string }>(prw('terms', 'submit', dir, reviewId, '--json')).status).toBe('submitted');
    const signed = json<{ status: string; sha256: string }>(prw('terms', 'sign-off', dir, reviewId, '--by', 'Pat Example', '--role', 'Independent Chair, SVPP', ...decided, '--decision', 'approved', '--json'));
    expect(signed.status).toBe('signed-off');

    const first = path.join(temp, 'tor-v1.pdf');
    expect(prw('terms', 'export-pdf', dir, reviewId, '--out', first).stdout).toMatch(/Wrote version 1/);
    const firstPdf = PdfReader.fromFile(first);
    try {
      expect(await firstPdf.text()).toContain(signed.sha256);
    } finally {
      await firstPdf.close();
    }
    expect(verify(first)).toEqual({ match: true, review: 'LCSPR: Child M', version: 1, signedBy: 'Pat Example, Independent Chair, SVPP', signedAt: expect.any(String) });
    expect(prw('verify-pdf', first, '--workspace', dir).stdout).toMatch(/^Matches signed version 1 of LCSPR: Child M, signed by Pat Example/);

    // A signed version is not changed by a set: the next version is started by asking for it.
    const refused = prw('terms', 'set', dir, reviewId, '--field', 'publication', '--value', 'Publish after the criminal trial.');
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe('prw: Version 1 is signed off and stays exactly as it was signed. To change the terms, start version 2 first.');
    expect(prw('terms', 'new-version', dir, reviewId).stdout).toMatch(/^Version 2: Draft/);
    const edited = json<{ number: number; status: string }>(prw('terms', 'set', dir, reviewId, '--field', 'publication', '--value', 'Publish after the criminal trial.', '--json'));
    expect(edited).toMatchObject({ number: 2, status: 'draft' });
    const second = path.join(temp, 'tor-v2-draft.pdf');
    expect(prw('terms', 'export-pdf', dir, reviewId, '--out', second).status).toBe(0);
    expect(verify(second).match).toBe(false);
    expect(verify(first)).toMatchObject({ match: true, version: 1 });

    json(prw('terms', 'submit', dir, reviewId, '--json'));
    json(prw('terms', 'sign-off', dir, reviewId, '--by', 'Pat Example', '--role', 'Independent Chair, SVPP', ...decided, '--json'));
    const third = path.join(temp, 'tor-v2.pdf');
    expect(prw('terms', 'export-pdf', dir, reviewId, '--out', third).status).toBe(0);
    expect(verify(third)).toMatchObject({ match: true, version: 2 });
    expect(verify(second).match).toBe(false);
    const old = path.join(temp, 'tor-v1-again.pdf');
    expect(prw('terms', 'export-pdf', dir, reviewId, '--out', old, '--version', '1').stdout).toMatch(/Wrote version 1/);
    expect(verify(old)).toMatchObject({ match: true, version: 1 });
    // Some thirty runs of the CLI, each opening the workspace: give a busy machine time.
  }, 360_000);

  it('bad input: a non-PDF, a PDF from another workspace, an unknown field, a return without comments', () => {
    writeFileSync(path.join(temp, 'notes.pdf'), 'These are notes, not a PDF.');
    const notPdf = prw('verify-pdf', path.join(temp, 'notes.pdf'), '--workspace', dir, '--json');
    expect(notPdf.status).toBe(1);
    expect(notPdf.stderr).toMatch(/not a PDF/);

    const otherDir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Other'), '--json')).path;
    const otherReview = json<{ id: string }>(prw('review', 'add', otherDir, '--type', 'sar', '--title', 'SAR: Adult P', '--json')).id;
    json(prw('terms', 'start', otherDir, otherReview, '--template', 'sar', '--json'));
    writeSections(otherDir, otherReview);
    json(prw('terms', 'submit', otherDir, otherReview, '--json'));
    json(prw('terms', 'sign-off', otherDir, otherReview, '--by', 'Pat Example', '--role', 'Independent Chair, SAB', ...decided, '--json'));
    const foreign = path.join(temp, 'other.pdf');
    expect(prw('terms', 'export-pdf', otherDir, otherReview, '--out', foreign).status).toBe(0);
    expect(verify(foreign)).toEqual({ match: false, review: null, version: null, signedBy: null, signedAt: null });
    expect(prw('verify-pdf', foreign, '--workspace', dir).stdout).toMatch(/does not match any signed version in this workspace/);

    expect(prw('terms', 'set', dir, reviewId, '--field', 'colour', '--value', 'red').status).toBe(2);
    json(prw('terms', 'new-version', dir, reviewId, '--json'));
    json(prw('terms', 'set', dir, reviewId, '--field', 'scope', '--value', 'Version 3 scope.', '--json'));
    json(prw('terms', 'submit', dir, reviewId, '--json'));
    const returned = prw('terms', 'sign-off', dir, reviewId, '--by', 'Pat Example', '--role', 'Independent Chair, SVPP', ...decided, '--decision', 'returned');
    expect(returned.status).toBe(1);
    expect(returned.stderr).toMatch(/Say why/);
  });
});
