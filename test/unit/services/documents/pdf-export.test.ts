/**
 * A document to PDF through the channel the app uses: the save dialog, progress events, the audit
 * entry, named and anonymised text (references, names, aliases) read back with pdf.js.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocJson, DocNode } from '../../../../shared/documents/model';
import { auditSince, call, failure, lastAuditSeq, names, useWorkspace } from '../reviews/helpers';
import { pdfFileText as pdfText } from '../../pdf-reader';

const temp = mkdtempSync(path.join(tmpdir(), 'prw-document-pdf-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const text = (value: string): DocNode => ({ type: 'text', text: value });
describe('document:export-pdf', () => {
  const workspace = useWorkspace();

  async function setUp() {
    const review = await call(workspace.rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const child = await call(workspace.rig, 'people:add', { reviewId: review.id, name: names.child, role: 'child', pseudonym: 'Child M' });
    const grandmother = await call(workspace.rig, 'people:add', { reviewId: review.id, name: names.grandmother, role: 'other-family', pseudonym: 'Maternal grandmother', aliases: ['Nan'] });
    const content: DocJson = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [text('Family background')] },
        {
          type: 'paragraph',
          content: [
            { type: 'reference', attrs: { kind: 'person', id: child.id, label: names.child } },
            text(' often stayed with her Nan, Janet, at weekends; '),
            { type: 'reference', attrs: { kind: 'person', id: grandmother.id, label: names.grandmother } },
            text(' was a protective factor.'),
          ],
        },
        { type: 'paragraph', content: [{ type: 'reference', attrs: { kind: 'person', id: 'removed-person', label: 'Dean Farrow' } }, text(' is no longer in the register.')] },
      ],
    };
    const document = await call(workspace.rig, 'document:create', { reviewId: review.id, title: 'Report: Child M', content });
    return { review, document };
  }

  function saveTo(name: string): string {
    const file = path.join(temp, name);
    workspace.rig.ports.dialogs.showSave = () => Promise.resolve(file);
    return file;
  }

  it('anonymised: every reference and every plain-text name or alias is a pseudonym, with progress and an audit entry', async () => {
    const { document } = await setUp();
    const file = saveTo('anonymised.pdf');
    const jobId = randomUUID();
    const before = lastAuditSeq(workspace.rig);
    const result = await call(workspace.rig, 'document:export-pdf', { id: document.id, anonymised: true, draft: true, jobId });
    expect(result).toMatchObject({ path: file, record: { kind: 'document', format: 'pdf', subjectId: document.id, anonymised: true, fileName: 'anonymised.pdf', unresolvedReason: null } });
    const output = await pdfText(file);
    expect(output).not.toMatch(/Maisie|Janet|Hartwell|\bNan\b|Dean|Farrow/);
    expect(output).toContain('Child M often stayed with her Maternal grandmother at weekends; Maternal grandmother was a protective factor.');
    expect(output).toContain('[person no longer in the register] is no longer in the register.');
    expect(output).toContain('DRAFT');
    const progress = workspace.rig.events.filter((event) => event.event === 'job:progress').map((event) => event.payload as { jobId: string; phase: string; done: number; total: number });
    const rendering = progress.filter((payload) => payload.phase === 'rendering');
    expect(rendering.length).toBeGreaterThan(2);
    expect(progress.every((payload) => payload.jobId === jobId && payload.done <= payload.total)).toBe(true);
    expect(rendering.at(-1)).toMatchObject({ done: rendering.at(-1)!.total });
    expect(workspace.rig.events.filter((event) => event.event === 'job:ended').map((event) => event.payload)).toEqual([{ jobId, kind: 'export', outcome: 'done' }]);
    expect(auditSince(workspace.rig, before).map((row) => [row.action, row.entity_id])).toEqual([['export.anonymised', result!.record.id]]);
    expect(await call(workspace.rig, 'export:list', { reviewId: result!.record.reviewId! })).toEqual([result!.record]);
  });

  it('named: people by their current names, the marking chosen for this export, and a saved version rather than the current text', async () => {
    const { document } = await setUp();
    await call(workspace.rig, 'document:snapshot', { id: document.id, label: 'For the PRG' });
    await call(workspace.rig, 'document:save', { id: document.id, content: { type: 'doc', content: [{ type: 'paragraph', content: [text('Rewritten since.')] }] }, revision: 0 });
    const file = saveTo('named.pdf');
    await call(workspace.rig, 'document:export-pdf', { id: document.id, version: 1, anonymised: false, draft: false, marking: 'OFFICIAL' });
    const output = await pdfText(file);
    expect(output).toContain(`${names.child} often stayed with her Nan, Janet, at weekends; ${names.grandmother} was a protective factor.`);
    expect(output).toContain('Version 1: For the PRG');
    expect(output).not.toContain('Rewritten since.');
    expect(output).not.toContain('OFFICIAL-SENSITIVE');
    expect(output).not.toContain('DRAFT');
  });

  it('cancelling the save dialog writes nothing; an unsupported node fails naming it and writes nothing', async () => {
    const { review, document } = await setUp();
    workspace.rig.ports.dialogs.showSave = () => Promise.resolve(null);
    expect(await call(workspace.rig, 'document:export-pdf', { id: document.id, anonymised: false, draft: true })).toBeNull();

    const odd = await call(workspace.rig, 'document:create', {
      reviewId: review.id,
      title: 'Odd',
      content: { type: 'doc', content: [{ type: 'paragraph', content: [text('x')] }, { type: 'codeBlock', content: [text('y')] }] },
    });
    const file = saveTo('odd.pdf');
    const error = await failure(workspace.rig, 'document:export-pdf', { id: odd.id, anonymised: false, draft: true });
    expect(error.code).toBe('validation');
    expect(error.message).toContain('"codeBlock"');
    expect(existsSync(file)).toBe(false);
  });
});
