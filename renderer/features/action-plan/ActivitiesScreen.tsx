import { useState } from 'react';
import { activityTypeWords, type Activity } from '../../../shared/findings/model';
import { AreaHeading } from '../interviews/AreaHeading';
import { ActivityForm } from './ActivityForm';
import { focusScreenHeading, useFocusOnOpen } from './focus';
import { selectActivities, selectBusy, usePlan } from './store';
import { activityName, dayText, findingsText } from './words';

type Editing = { name: 'none' } | { name: 'add' } | { name: 'edit'; activity: Activity } | { name: 'remove'; activity: Activity };

/** Audits, Section 11 self-assessments, peer reviews and learning events: where findings come from besides reviews. */
export function ActivitiesScreen() {
  const activities = usePlan(selectActivities);
  const show = usePlan((state) => state.show);
  const [editing, setEditing] = useState<Editing>({ name: 'none' });
  const [said, setSaid] = useState('');

  function done(message: string) {
    setEditing({ name: 'none' });
    setSaid(message);
    focusScreenHeading();
  }

  return (
    <section aria-labelledby="area-heading" className="ap-screen">
      <AreaHeading caption="Action plan">Activities</AreaHeading>
      <p className="lead">Multi-agency audits, Section 11 self-assessments, peer reviews and learning events. Their findings and actions join the register with the reviews’, so the partnership has one plan.</p>
      <p role="status" className="confirmation-text">
        {said}
      </p>
      {editing.name === 'add' ? (
        <ActivityForm onDone={done} />
      ) : (
        <button type="button" className="button" onClick={() => setEditing({ name: 'add' })}>
          Add an activity
        </button>
      )}
      {editing.name === 'edit' ? <ActivityForm key={editing.activity.id} activity={editing.activity} onDone={done} /> : null}
      {editing.name === 'remove' ? <RemoveActivity key={editing.activity.id} activity={editing.activity} onDone={done} /> : null}
      {activities === null ? (
        <p role="status">Loading activities…</p>
      ) : activities.length === 0 ? (
        <p>No activities in this workspace yet.</p>
      ) : (
        <div className="ap-scroll" role="region" aria-labelledby="ap-activities-caption" tabIndex={0}>
          <table className="table table-wide">
            <caption id="ap-activities-caption" className="table-caption">
              Activities in this workspace
            </caption>
            <thead>
              <tr>
                <th scope="col">Activity</th>
                <th scope="col">Type</th>
                <th scope="col">Date</th>
                <th scope="col">Led by</th>
                <th scope="col">Findings</th>
                <th scope="col">
                  <span className="visually-hidden">Change or remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {activities.map((activity) => (
                <tr key={activity.id}>
                  <th scope="row">
                    <button type="button" className="link-button ap-row-button" onClick={() => show({ name: 'activity', id: activity.id })}>
                      {activity.title}
                      <span className="visually-hidden">: open its findings and actions</span>
                    </button>
                  </th>
                  <td>{activityTypeWords[activity.type]}</td>
                  <td className="ap-nowrap">{dayText(activity.heldOn)}</td>
                  <td>{activity.lead ?? 'Not recorded'}</td>
                  <td>{findingsText(activity.findings)}</td>
                  <td>
                    <div className="ap-row-actions">
                      <button type="button" className="link-button" onClick={() => setEditing({ name: 'edit', activity })}>
                        Change<span className="visually-hidden"> {activity.title}</span>
                      </button>
                      <button type="button" className="link-button" onClick={() => setEditing({ name: 'remove', activity })}>
                        Remove<span className="visually-hidden"> {activity.title}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Removing is refused by the core while findings come from the activity: its message is shown here. */
function RemoveActivity({ activity, onDone }: { activity: Activity; onDone: (message: string) => void }) {
  const removeActivity = usePlan((state) => state.removeActivity);
  const busy = usePlan(selectBusy);
  const [problem, setProblem] = useState('');
  const heading = useFocusOnOpen<HTMLHeadingElement>();

  async function remove() {
    const outcome = await removeActivity(activity.id);
    if (!outcome.ok) return setProblem(outcome.error.message);
    onDone(`Removed ${activityName(activity)}.`);
  }

  return (
    <div className="ap-inset" role="group" aria-labelledby="ap-remove-activity-heading">
      <h2 id="ap-remove-activity-heading" ref={heading} tabIndex={-1}>Remove {activity.title}?</h2>
      <p>{activity.findings > 0 ? `${findingsText(activity.findings)} come from it.` : 'No findings come from it.'}</p>
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="button-group">
        <button type="button" className="button button-warning" disabled={busy} onClick={() => void remove()}>
          Yes, remove {activity.title}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
    </div>
  );
}
