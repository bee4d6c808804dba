/** Archiving, bringing back and deleting documents (issue #15), through the channels, against a real workspace. */
import { describe, expect, it } from 'vitest';
import { auditSince, call, failure, lastAuditSeq, useWorkspace } from '../reviews/helpers';

describe('archiving and deleting documents', () => {
  const workspace = useWorkspace();

  async function twoDocuments() {
    const { id: reviewId } = await call(workspace.rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const report = await call(workspace.rig, 'document:create', { reviewId, title: 'Draft report' });
    const notes = await call(workspace.rig, 'document:create', { reviewId, title: 'Notes on Kerry Hartwell’s visit' });
    return { reviewId, report, notes };
  }

  it('archives a document out of the list, keeps it with who and when, and brings it back; each step audited by id', async () => {
    const { reviewId, report, notes } = await twoDocuments();
    await call(workspace.rig, 'document:snapshot', { id: notes.id, label: 'First notes' });
    const before = lastAuditSeq(workspace.rig);
    const archived = await call(workspace.rig, 'document:archive', { id: notes.id });
    expect(archived.archived).toEqual({ at: expect.any(String), by: expect.any(String) });
    expect((await call(workspace.rig, 'document:list', { reviewId })).map((document) => document.id)).toEqual([report.id]);
    expect((await call(workspace.rig, 'document:list-archived', { reviewId })).map((document) => [document.id, document.versionCount])).toEqual([[notes.id, 1]]);
    // Archived is kept as it was, readable, and not changed by mistake.
    expect((await call(workspace.rig, 'document:load', { id: notes.id })).title).toBe('Notes on Kerry Hartwell’s visit');
    expect((await failure(workspace.rig, 'document:save', { id: notes.id, content: { type: 'doc', content: [] }, revision: 0 })).message).toMatch(/archived\. Restore it/);
    expect((await failure(workspace.rig, 'document:update', { id: notes.id, title: 'Renamed' })).message).toMatch(/archived/);

    await call(workspace.rig, 'document:unarchive', { id: notes.id });
    expect((await call(workspace.rig, 'document:list', { reviewId })).map((document) => document.id).sort()).toEqual([report.id, notes.id].sort());
    expect(await call(workspace.rig, 'document:list-archived', { reviewId })).toEqual([]);
    expect(auditSince(workspace.rig, before).map((row) => [row.action, row.entity_type, row.entity_id])).toEqual([
      ['document.archived', 'document', notes.id],
      ['document.unarchived', 'document', notes.id],
    ]);
  });

  it('deletes only an archived document, with its versions, and the audit log keeps its id, never its title', async () => {
    const { reviewId, report, notes } = await twoDocuments();
    await call(workspace.rig, 'document:snapshot', { id: notes.id, label: 'First notes' });
    const refused = await failure(workspace.rig, 'document:delete', { id: notes.id });
    expect(refused.message).toBe('Only an archived document can be deleted. Archive it first; it can be deleted from the archived documents.');
    expect((await call(workspace.rig, 'document:list', { reviewId })).length).toBe(2);

    await call(workspace.rig, 'document:archive', { id: notes.id });
    const before = lastAuditSeq(workspace.rig);
    expect(await call(workspace.rig, 'document:delete', { id: notes.id })).toEqual({ id: notes.id });
    expect((await failure(workspace.rig, 'document:load', { id: notes.id })).code).toBe('not-found');
    expect(await call(workspace.rig, 'document:list-archived', { reviewId })).toEqual([]);
    expect((await call(workspace.rig, 'document:list', { reviewId })).map((document) => document.id)).toEqual([report.id]);
    const rows = auditSince(workspace.rig, before);
    expect(rows.map((row) => [row.action, row.entity_id])).toEqual([['document.deleted', notes.id]]);
    expect(JSON.stringify(rows)).not.toMatch(/Kerry|Hartwell|Notes on/);
  });
});
