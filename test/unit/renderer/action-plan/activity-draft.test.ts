/** An activity's form: every problem beside its field before anything reaches the core. */
import { describe, expect, it } from 'vitest';
import { activityFields, newActivity } from '../../../../renderer/features/action-plan/activity-draft';

describe('an activity as its form holds it', () => {
  it('needs a title and a real day, each said beside its field', () => {
    const checked = activityFields({ ...newActivity, heldOn: '31/02/2026' }, 'f');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.map((error) => error.fieldId)).toEqual(['f-title', 'f-held-on']);
    expect(checked.errors[1]!.message).toMatch(/real date/);
    expect(activityFields({ ...newActivity, title: 'x' }, 'f')).toMatchObject({ ok: false, errors: [{ fieldId: 'f-held-on', message: 'Enter the date of the activity, for example 23/12/2026.' }] });
  });

  it('trims the text and leaves an empty lead out', () => {
    expect(activityFields({ type: 'peer-review', title: '  Peer review of early help ', heldOn: '2026-10-01', lead: ' ' }, 'f')).toEqual({
      ok: true,
      fields: { type: 'peer-review', title: 'Peer review of early help', heldOn: '2026-10-01', lead: null },
    });
  });
});
