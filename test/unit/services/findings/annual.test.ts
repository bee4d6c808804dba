/**
 * The annual report tables for the reporting year 1 April 2025 to 31 March 2026: which findings a
 * year reports (not one whose actions all closed before it began), each action's status as at the
 * year's end from a backdated history, the outcome sentences, and the PDF and XLSX read back.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { readPdf } from '../../../../electron/services/pdf';
import { PdfReader } from '../../pdf-reader';
import { call, useWorkspace } from '../reviews/helpers';
import { reviewWithPractitioners } from '../interviews/helpers';
import type { TestRig } from '../workspace/session/helpers';
import { seedAction, seedActivity, seedFinding, seedProgress, seedRecommendation } from './plan-seed';

const workspace = useWorkspace();
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function saveTo(rig: TestRig, name: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'prw-annual-'));
  folders.push(folder);
  const file = path.join(folder, name);
  rig.ports.dialogs.showSave = () => Promise.resolve(file);
  return file;
}

async function plan(rig: TestRig) {
  const { review } = await reviewWithPractitioners(rig);
  const reviewId = review.id;
  const seen = seedFinding(rig, { reviewId }, 'Tobias Fairweather was not seen alone by any agency.', { category: 'Voice of the child' });
  seedFinding(rig, { reviewId }, 'Supervision did not test the plan.');
  const old = seedFinding(rig, { reviewId }, 'Referrals were not acknowledged.');
  const r1 = seedRecommendation(rig, { reviewId }, [seen], 'Agencies see the child alone.', '2025-06-01');
  const trained = seedAction(rig, r1, 'Train front-line staff', 'Police', '2026-01-31');
  seedProgress(rig, trained, '2025-09-01', 'on-track');
  seedProgress(rig, trained, '2026-02-10', 'complete');
  const audit = seedAction(rig, r1, 'Audit home visits', 'Community Health', '2026-03-31');
  seedProgress(rig, audit, '2025-10-01', 'at-risk');
  seedProgress(rig, audit, '2026-04-15', 'complete');
  const leaflet = seedAction(rig, r1, 'Reissue the leaflet', 'Children’s Services', '2025-12-31');
  seedProgress(rig, leaflet, '2026-01-10', 'not-implemented', 'The service was recommissioned');
  const r0 = seedRecommendation(rig, { reviewId }, [old], 'Acknowledge every referral.', '2024-05-01');
  seedProgress(rig, seedAction(rig, r0, 'Add an acknowledgement letter', 'Children’s Services', '2024-12-31'), '2025-01-10', 'complete');

  const other = await call(rig, 'review:create', { type: 'rapid-review', title: 'Rapid review: Child R', subject: 'Child R', dates: { aware: '2024-01-10' } });
  const closed = seedFinding(rig, { reviewId: other.id }, 'Escalation was slow.');
  seedProgress(rig, seedAction(rig, seedRecommendation(rig, { reviewId: other.id }, [closed], 'Publish the escalation policy.', '2024-03-01'), 'Publish it', 'Police', '2024-06-30'), '2024-06-01', 'complete');

  const activityId = seedActivity(rig, 'peer-review', 'Early help', '2025-11-01');
  const peer = seedFinding(rig, { activityId }, 'Early help plans lacked review dates.');
  seedRecommendation(rig, { activityId }, [peer], 'Every plan has a review date.', '2025-12-01');
  return { review, other };
}

describe('the annual report tables', () => {
  it('reports the year’s findings with each action’s status as at 31 March, leaving out what closed before the year began', async () => {
    const { rig } = workspace;
    const { review } = await plan(rig);
    const report = await call(rig, 'annual:report', { year: 2025 });
    expect(report.sources.map((source) => source.label)).toEqual(['LCSPR: Child Q', 'Peer review: Early help']);
    const [childQ, peer] = report.sources;
    expect(childQ!.source).toEqual({ kind: 'review', reviewId: review.id });
    expect(childQ!.findings.map((finding) => [finding.number, finding.outcome])).toEqual([
      [1, '1 of 3 actions complete; 1 not implemented: The service was recommissioned; 1 at risk'],
      [2, 'No recommendation made'],
    ]);
    expect(childQ!.findings[0]!.actions.map((action) => [action.text, action.agency, action.status, action.completedOn, action.reason])).toEqual([
      ['Reissue the leaflet', 'Children’s Services', 'not-implemented', null, 'The service was recommissioned'],
      ['Train front-line staff', 'Police', 'complete', '2026-02-10', null],
      ['Audit home visits', 'Community Health', 'at-risk', null, null],
    ]);
    expect(peer!.findings.map((finding) => finding.outcome)).toEqual(['1 recommendation made; no actions agreed yet']);
  });

  it('reports a finding the next year when one of its actions was updated in it, with the status it then had', async () => {
    const { rig } = workspace;
    await plan(rig);
    const report = await call(rig, 'annual:report', { year: 2026 });
    expect(report.sources.map((source) => source.label)).toEqual(['LCSPR: Child Q', 'Peer review: Early help']);
    expect(report.sources[0]!.findings[0]!.outcome).toBe('2 of 3 actions complete; 1 not implemented: The service was recommissioned');
    const earlier = await call(rig, 'annual:report', { year: 2023 });
    expect(earlier.sources.map((source) => [source.label, source.findings.map((finding) => finding.outcome)])).toEqual([['Rapid review: Child R', ['0 of 1 action complete; 1 not started']]]);
    expect((await call(rig, 'annual:report', { year: 2022 })).sources).toEqual([]);
  });

  it('exports an anonymised PDF with a table per review or activity, marked on every page', async () => {
    const { rig } = workspace;
    await plan(rig);
    const file = saveTo(rig, 'annual.pdf');
    const saved = await call(rig, 'annual:export', { year: 2025, format: 'pdf' });
    expect(saved?.record).toMatchObject({ kind: 'annual-report', format: 'pdf', reviewId: null, anonymised: true });
    const reading = await readPdf(readFileSync(file));
    const text = reading.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Annual report tables, 2025 to 2026');
    expect(text).toContain('1. Child Q was not seen alone by any agency.');
    expect(text).toContain('Train front-line staff — Police: Complete 10/02/2026');
    expect(text).toContain('Peer review: Early help');
    expect(text).not.toContain('Tobias');
    expect(text).not.toContain('Fairweather');
    expect(text).not.toContain('Escalation was slow');
    for (const page of reading.pages) expect(page).toContain('OFFICIAL-SENSITIVE');
    const fonts = await new PdfReader(readFileSync(file)).fonts();
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded)).toBe(true);
    // The names check asks for the same product the export makes.
    expect((await call(rig, 'export:check-names', { subject: { kind: 'annual-report', format: 'pdf', year: 2025 } })).candidates).toEqual([]);
  });

  it('exports an XLSX with a row per action, the completion day a real date', async () => {
    const { rig } = workspace;
    await plan(rig);
    const file = saveTo(rig, 'annual.xlsx');
    await call(rig, 'annual:export', { year: 2025, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((row) => [row[1], row[4], row[6]])).toEqual([
      ['LCSPR: Child Q', 'Reissue the leaflet', 'Not implemented'],
      ['LCSPR: Child Q', 'Train front-line staff', 'Complete'],
      ['LCSPR: Child Q', 'Audit home visits', 'At risk'],
      ['LCSPR: Child Q', undefined, undefined],
      ['Peer review: Early help', undefined, undefined],
    ]);
    expect(rows[0]![2]).toBe('1. Child Q was not seen alone by any agency.');
    const completed = sheet.getRow(3).getCell(7).value;
    expect(completed).toBeInstanceOf(Date);
    expect((completed as Date).toISOString().slice(0, 10)).toBe('2026-02-10');
    expect(rows[0]![8]).toBe('The service was recommissioned');
  });
});
