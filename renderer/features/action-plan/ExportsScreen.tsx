import { AreaHeading } from '../interviews/AreaHeading';
import { ExportPanel } from './ExportPanel';
import { filterText } from './register-filter';
import { selectFilter, selectRegister, usePlan } from './store';

const buttons = [
  { format: 'xlsx', label: 'Export the register (Excel workbook)' },
  { format: 'pdf', label: 'Export the Quality and Impact Group report (PDF)' },
] as const;

/** The register out of the app, as filtered on the Register screen: a workbook with one row per action, or the QIG's report. */
export function ExportsScreen() {
  const register = usePlan(selectRegister);
  const filter = usePlan(selectFilter);
  const exportRegister = usePlan((state) => state.exportRegister);
  const show = usePlan((state) => state.show);
  return (
    <section aria-labelledby="area-heading" className="ap-screen">
      <AreaHeading caption="Action plan">Exports</AreaHeading>
      <h2>Export the register</h2>
      <p>
        The workbook has one row per action with its recommendation, finding and review. The Quality and Impact Group report counts the actions by status and by agency, then lists the overdue
        and at-risk actions.
      </p>
      <div className="inset-text">
        <p>What is exported: {filterText(filter, register)}</p>
        <button type="button" className="link-button" onClick={() => show({ name: 'register' })}>
          Change the filters on the Register screen
        </button>
      </div>
      <ExportPanel prefix="ap-register-export" buttons={buttons} run={exportRegister} />
    </section>
  );
}
