import { describe, expect, it } from 'vitest';
import { canonicalJson, type DocJson } from '../../../../shared/documents/model';
import { contentHash } from '../../../../electron/services/documents';
import { openWorkspaceAgain } from './helpers';
import { auditSince, call, failure, lastAuditSeq, useWorkspace } from '../reviews/helpers';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...texts: string[]): DocJson => ({ type: 'doc', content: texts.map(paragraph) });

describe('documents', () => {
  const workspace = useWorkspace();

  async function review() {
    return call(workspace.rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
  }

  it('creates, saves and loads a document, and the text is there after the workspace is opened again', async () => {
    const { id: reviewId } = await review();
    const created = await call(workspace.rig, 'document:create', { reviewId, title: 'Draft report' });
    expect(created).toMatchObject({ title: 'Draft report', kind: 'general', marking: 'OFFICIAL-SENSITIVE', revision: 0, wordCount: 0, versionCount: 0 });
    const saved = await call(workspace.rig, 'document:save', { id: created.id, content: doc('The family moved to the area in March 2019.'), revision: 0 });
    expect(saved).toMatchObject({ revision: 1, wordCount: 9 });

    await openWorkspaceAgain(workspace);
    const loaded = await call(workspace.rig, 'document:load', { id: created.id });
    expect(loaded.content).toEqual(doc('The family moved to the area in March 2019.'));
    expect(loaded.revision).toBe(1);
    expect(await call(workspace.rig, 'document:list', { reviewId })).toEqual([expect.objectContaining({ id: created.id, wordCount: 9 })]);
  });

  it('refuses a save from a window that started at an older revision, and keeps the newer text', async () => {
    const { id: reviewId } = await review();
    const { id } = await call(workspace.rig, 'document:create', { reviewId, title: 'Draft report' });
    await call(workspace.rig, 'document:save', { id, content: doc('From the first window.'), revision: 0 });
    const error = await failure(workspace.rig, 'document:save', { id, content: doc('From the second window.'), revision: 0 });
    expect(error.code).toBe('locked');
    expect(error.message).toMatch(/saved from another window/);
    expect((await call(workspace.rig, 'document:load', { id })).content).toEqual(doc('From the first window.'));
  });

  it('refuses content that is not a document, with a message, and changes nothing', async () => {
    const { id: reviewId } = await review();
    const { id } = await call(workspace.rig, 'document:create', { reviewId, title: 'Draft report' });
    const error = await failure(workspace.rig, 'document:save', { id, content: { type: 'paragraph' }, revision: 0 });
    expect(error.code).toBe('validation');
    expect((await call(workspace.rig, 'document:load', { id })).revision).toBe(0);
    expect((await failure(workspace.rig, 'document:create', { reviewId, title: '   ' })).message).toMatch(/title/);
    expect((await failure(workspace.rig, 'document:load', { id: 'no-such-document' })).code).toBe('not-found');
  });

  it('takes numbered versions with the SHA-256 of the canonical serialisation, audited by id', async () => {
    const { id: reviewId } = await review();
    const { id } = await call(workspace.rig, 'document:create', { reviewId, title: 'Draft report' });
    await call(workspace.rig, 'document:save', { id, content: doc('Scope: March 2019 to May 2021.'), revision: 0 });
    const before = lastAuditSeq(workspace.rig);
    const first = await call(workspace.rig, 'document:snapshot', { id, label: 'Draft for PRG' });
    await call(workspace.rig, 'document:save', { id, content: doc('Scope: January 2019 to May 2021.'), revision: 1 });
    const second = await call(workspace.rig, 'document:snapshot', { id, label: 'After PRG comments' });

    expect([first.number, second.number]).toEqual([1, 2]);
    expect(first.sha256).toBe(contentHash(doc('Scope: March 2019 to May 2021.')));
    expect(first.sha256).not.toBe(second.sha256);
    // The same content with its keys in another order hashes the same.
    const reordered = JSON.parse('{"content":[{"content":[{"text":"Scope: March 2019 to May 2021.","type":"text"}],"type":"paragraph"}],"type":"doc"}') as DocJson;
    expect(canonicalJson(reordered)).toBe(canonicalJson(doc('Scope: March 2019 to May 2021.')));
    expect(contentHash(reordered)).toBe(first.sha256);

    expect((await call(workspace.rig, 'document:versions', { id })).map((version) => version.label)).toEqual(['Draft for PRG', 'After PRG comments']);
    expect(auditSince(workspace.rig, before).map((row) => [row.action, row.entity_id])).toEqual([
      ['document.version-taken', first.id],
      ['document.version-taken', second.id],
    ]);
  });

  it('restores a version as the current text, keeping the replaced text as a version first; audited; a stale window is refused', async () => {
    const { id: reviewId } = await review();
    const { id } = await call(workspace.rig, 'document:create', { reviewId, title: 'Draft report' });
    await call(workspace.rig, 'document:save', { id, content: doc('Scope: March 2019.'), revision: 0 });
    const first = await call(workspace.rig, 'document:snapshot', { id, label: 'Draft for PRG' });
    await call(workspace.rig, 'document:save', { id, content: doc('Scope: January 2019, with the school.'), revision: 1 });
    const before = lastAuditSeq(workspace.rig);

    const stale = await failure(workspace.rig, 'document:restore-version', { id, number: 1, revision: 1 });
    expect(stale.code).toBe('locked');
    expect((await call(workspace.rig, 'document:versions', { id })).map((version) => version.label)).toEqual(['Draft for PRG']);

    const restored = await call(workspace.rig, 'document:restore-version', { id, number: 1, revision: 2 });
    expect(restored.content).toEqual(doc('Scope: March 2019.'));
    expect(restored.revision).toBe(3);
    const versions = await call(workspace.rig, 'document:versions', { id });
    expect(versions.map((version) => version.label)).toEqual(['Draft for PRG', 'Before restoring version 1']);
    expect(versions[1]?.sha256).toBe(contentHash(doc('Scope: January 2019, with the school.')));
    expect(auditSince(workspace.rig, before).map((row) => [row.action, row.entity_id])).toEqual([['document.version-restored', first.id]]);
    // Restoring what is already the text keeps no extra copy.
    await call(workspace.rig, 'document:restore-version', { id, number: 1, revision: 3 });
    expect(await call(workspace.rig, 'document:versions', { id })).toHaveLength(2);
  });

  it('compares two versions block by block, marking the changed words', async () => {
    const { id: reviewId } = await review();
    const { id } = await call(workspace.rig, 'document:create', { reviewId, title: 'Terms' });
    await call(workspace.rig, 'document:save', { id, content: doc('Scope: March 2019 to May 2021.', 'Agencies: police and health.'), revision: 0 });
    await call(workspace.rig, 'document:snapshot', { id, label: 'One' });
    await call(workspace.rig, 'document:save', { id, content: doc('Scope: January 2019 to May 2021.', 'Agencies: police and health.', 'Family involvement: the mother.'), revision: 1 });
    await call(workspace.rig, 'document:snapshot', { id, label: 'Two' });

    const comparison = await call(workspace.rig, 'document:compare', { id, from: 1, to: 2 });
    expect(comparison).toMatchObject({ changed: 1, added: 1, removed: 0, from: { number: 1 }, to: { number: 2 } });
    const changed = comparison.lines.find((line) => line.kind === 'changed');
    expect(changed?.parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'March' },
      { kind: 'added', text: 'January' },
    ]);
    expect(comparison.lines.find((line) => line.kind === 'added')?.parts[0]?.text).toBe('Family involvement: the mother.');
    expect((await failure(workspace.rig, 'document:compare', { id, from: 1, to: 7 })).message).toMatch(/no version 7/);
  });

  it('refuses to change a version once taken', async () => {
    const { id: reviewId } = await review();
    const { id } = await call(workspace.rig, 'document:create', { reviewId, title: 'Terms' });
    const version = await call(workspace.rig, 'document:snapshot', { id, label: 'One' });
    const { db } = workspace.rig.core.session.require();
    expect(() => db.prepare('UPDATE document_versions SET content = ? WHERE id = ?').run(JSON.stringify(doc('Edited')), version.id)).toThrow(/cannot be changed/);
  });

  it('renames a document and changes its marking, recording the edit by id only', async () => {
    const { id: reviewId } = await review();
    const { id } = await call(workspace.rig, 'document:create', { reviewId, title: 'Draft' });
    const before = lastAuditSeq(workspace.rig);
    const updated = await call(workspace.rig, 'document:update', { id, title: 'Draft report', marking: 'OFFICIAL' });
    expect(updated).toMatchObject({ title: 'Draft report', marking: 'OFFICIAL' });
    expect(auditSince(workspace.rig, before).map((row) => [row.action, row.entity_id])).toEqual([['document.edited', id]]);
    expect((await failure(workspace.rig, 'document:update', { id, marking: '<b>SECRET</b>' })).message).toMatch(/letters, numbers/);
  });
});
