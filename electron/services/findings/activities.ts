/**
 * Activities other than reviews that findings come from (a multi-agency audit, a Section 11
 * self-assessment, a peer review, a learning event), so the register is the partnership's one plan.
 */
import { AppError } from '../../../shared/errors';
import type { Activity } from '../../../shared/findings/model';
import type { z } from 'zod';
import type { activityAddInput, activityEditInput } from '../../../shared/findings/schemas';
import { audit, patchColumns, read, timestamp, updateColumns, write, type Db, type Kernel } from '../kernel';
import { activityLabel, requireActivity, type StoredActivity } from './sources';

type ActivityAdd = z.output<typeof activityAddInput>;
type ActivityEdit = z.output<typeof activityEditInput>;

function shown(row: StoredActivity, findings: number): Activity {
  return { id: row.id, type: row.type, title: row.title, heldOn: row.held_on, lead: row.lead, findings, createdAt: row.created_at, updatedAt: row.updated_at };
}

function findingCount(db: Db, id: string): number {
  return db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM findings WHERE activity_id = ?').get(id)!.n;
}

/** Newest first: the activities a user is working on now are at the top. */
export function listActivities(kernel: Kernel): Activity[] {
  return read(kernel, (db) =>
    db
      .prepare<[], StoredActivity & { findings: number }>('SELECT a.*, (SELECT count(*) FROM findings f WHERE f.activity_id = a.id) AS findings FROM activities a ORDER BY a.held_on DESC, a.title COLLATE NOCASE')
      .all()
      .map((row) => shown(row, row.findings)),
  );
}

export function addActivity(kernel: Kernel, input: ActivityAdd): Activity {
  return write(kernel, (db) => {
    const now = timestamp(kernel);
    const row: StoredActivity = { id: kernel.newId(), type: input.type, title: input.title, held_on: input.heldOn, lead: input.lead ?? null, created_at: now, updated_at: now };
    db.prepare('INSERT INTO activities (id, type, title, held_on, lead, created_at, updated_at) VALUES (@id, @type, @title, @held_on, @lead, @created_at, @updated_at)').run(row);
    audit(kernel, 'activity.added', 'activity', row.id);
    return shown(row, 0);
  });
}

export function editActivity(kernel: Kernel, patch: ActivityEdit): Activity {
  return write(kernel, (db) => {
    requireActivity(db, patch.id);
    const values = patchColumns(patch, {
      type: (value) => ['type', value],
      title: (value) => ['title', value],
      heldOn: (value) => ['held_on', value],
      lead: (value) => ['lead', value],
    });
    if (Object.keys(values).length > 0) {
      updateColumns(db, 'activities', patch.id, values, timestamp(kernel));
      audit(kernel, 'activity.edited', 'activity', patch.id);
    }
    return shown(requireActivity(db, patch.id), findingCount(db, patch.id));
  });
}

/** Refused while findings (or recommendations kept after their findings went) come from it. */
export function removeActivity(kernel: Kernel, id: string): null {
  return write(kernel, (db) => {
    const activity = requireActivity(db, id);
    const findings = findingCount(db, id);
    const recommendations = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM recommendations WHERE activity_id = ?').get(id)!.n;
    if (findings > 0 || recommendations > 0) {
      const what = findings > 0 ? (findings === 1 ? 'a finding comes' : `${findings} findings come`) : recommendations === 1 ? 'a recommendation comes' : `${recommendations} recommendations come`;
      throw new AppError('validation', `“${activityLabel(activity)}” cannot be removed: ${what} from it. Remove its findings and recommendations first, or keep the activity.`);
    }
    db.prepare('DELETE FROM activities WHERE id = ?').run(id);
    audit(kernel, 'activity.removed', 'activity', id);
    return null;
  });
}
