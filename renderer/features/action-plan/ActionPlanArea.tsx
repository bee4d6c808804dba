/** PLACEHOLDER (issue #18 in progress): the Action plan area, replaced wholesale by its owner. */
export function ActionPlanArea() {
  return (
    <section aria-labelledby="action-plan-heading">
      <h1 id="action-plan-heading">Action plan</h1>
    </section>
  );
}
