import { AreaHeading } from '../interviews/AreaHeading';
import { ActionPanel } from './ActionPanel';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import { Problem } from './Problem';
import { selectDetailId, selectRegister, selectRegisterProblem, usePlan } from './store';
import { countsText } from './words';

/** Every action in the workspace, overdue first as the core orders them, with the one chosen shown below the table. */
export function RegisterScreen() {
  const register = usePlan(selectRegister);
  const detailId = usePlan(selectDetailId);
  const problem = usePlan(selectRegisterProblem);
  const loadRegister = usePlan((state) => state.loadRegister);
  const counts = register ? countsText(register.counts) : null;
  return (
    <section aria-labelledby="area-heading" className="ap-screen">
      <AreaHeading caption="Action plan">Register</AreaHeading>
      <p className="lead">Every action from every review and activity in this workspace: who leads it, when it is due, how it is going and how late it is.</p>
      {problem && register === null ? (
        <Problem message={problem} onRetry={() => void loadRegister()} />
      ) : register === null || counts === null ? (
        <p role="status">Loading the register…</p>
      ) : (
        <>
          <div className="ap-counts" role="group" aria-labelledby="ap-counts-heading">
            <h2 id="ap-counts-heading" className="ap-counts-heading">
              In this view
            </h2>
            <p className="ap-counts-headline">{counts.headline}</p>
            <p>{counts.byStatus}</p>
          </div>
          <RegisterFilters register={register} />
          <RegisterTable register={register} />
          {detailId ? <ActionPanel /> : null}
        </>
      )}
    </section>
  );
}
