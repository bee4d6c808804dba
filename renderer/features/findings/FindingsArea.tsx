/** PLACEHOLDER (issue #18 in progress): the Findings area, replaced wholesale by its owner. */
import type { PlanSource } from '../../../shared/findings/model';

export function FindingsArea() {
  return <FindingsWorkspace source={null} title="Findings" />;
}

/** A review's or an activity's findings, recommendations and actions: the Action plan area shows an activity's with it. */
export function FindingsWorkspace({ title }: { source: PlanSource | null; title: string }) {
  return (
    <section aria-labelledby="findings-heading">
      <h1 id="findings-heading">{title}</h1>
    </section>
  );
}
