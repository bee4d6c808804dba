/** Importing the fictional Hartwell fixtures the way the app does: choose, inspect, import. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ImportResult, SourceInspection } from '../../../../shared/chronology/views';
import { call, names } from '../reviews/helpers';
import type { TestRig } from '../workspace/session/helpers';
import { chronologyFixtures } from '../../../fixtures/paths';

export const fixtures = chronologyFixtures;
export const fixtureFiles = ['police.csv', 'health-visiting.xlsx', 'school.csv', 'childrens-social-care.xlsx', 'gp.tsv', 'hospital-ed.csv'] as const;

/** Chooses files as if the user picked them in the open dialog; returns their tokens. */
export async function choose(rig: TestRig, reviewId: string, ...files: string[]): Promise<string[]> {
  rig.ports.dialogs.showOpen = () => Promise.resolve(files.map((file) => (path.isAbsolute(file) ? file : path.join(fixtures, file))));
  const picked = await call(rig, 'chronology:choose-files', { reviewId });
  return picked!.map((file) => file.token);
}

/** Imports one file with the suggested header and mapping; the agency inferred unless given. */
export async function importFile(rig: TestRig, reviewId: string, file: string, agency?: string): Promise<ImportResult & { inspection: SourceInspection }> {
  const [token] = await choose(rig, reviewId, file);
  const inspection = await call(rig, 'chronology:inspect', { token: token! });
  const result = await call(rig, 'chronology:import', {
    reviewId,
    token: token!,
    headerIndex: inspection.headerIndex,
    mapping: inspection.mapping,
    agency: agency ?? inspection.agency ?? 'Unknown agency',
    jobId: randomUUID(),
    saveFormat: false,
  });
  return { ...result, inspection };
}

export async function addHartwellReview(rig: TestRig): Promise<string> {
  const review = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
  return review.id;
}

/** The people of EXPECTED.md, with the alias the school uses for the grandmother. */
export async function addHartwellPeople(rig: TestRig, reviewId: string): Promise<void> {
  await call(rig, 'people:add', { reviewId, name: names.child, role: 'child', dateOfBirth: '2018-10-08' });
  await call(rig, 'people:add', { reviewId, name: names.sibling, role: 'sibling' });
  await call(rig, 'people:add', { reviewId, name: names.mother, role: 'parent', relationship: 'mother' });
  await call(rig, 'people:add', { reviewId, name: names.partner, role: 'carer', relationship: "mother's partner" });
  await call(rig, 'people:add', { reviewId, name: names.grandmother, role: 'other-family', relationship: 'maternal grandmother', aliases: ['Nan'] });
}

export const realNameWords = ['Maisie', 'Tyler', 'Kerry', 'Dean', 'Farrow', 'Janet', 'Hartwell'];
