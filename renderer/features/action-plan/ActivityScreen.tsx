import { useMemo } from 'react';
import type { PlanSource } from '../../../shared/findings/model';
import { AreaHeading } from '../interviews/AreaHeading';
import { BackLink } from '../../components/BackLink';
import { FindingsWorkspace } from '../findings/FindingsArea';
import { selectActivities, usePlan } from './store';
import { activityName } from './words';

/** One activity's findings, recommendations and actions, in the same workspace a review's Findings area uses. */
export function ActivityScreen({ id }: { id: string }) {
  const activities = usePlan(selectActivities);
  const show = usePlan((state) => state.show);
  const activity = activities?.find((each) => each.id === id) ?? null;
  // One source object for the activity: the workspace moves to a source when it changes, not on every render.
  const source = useMemo<PlanSource>(() => ({ kind: 'activity', activityId: id }), [id]);
  const back = <BackLink onClick={() => show({ name: 'activities' })}>Back to activities</BackLink>;
  if (activities === null) return <p role="status">Loading the activity…</p>;
  if (!activity) {
    return (
      <>
        {back}
        <AreaHeading caption="Action plan">Activity not found</AreaHeading>
        <p>This activity is no longer in the workspace. Go back to the list of activities.</p>
      </>
    );
  }
  return (
    <>
      {back}
      <FindingsWorkspace source={source} title={activityName(activity)} />
    </>
  );
}
