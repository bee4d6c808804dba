import { useEffect } from 'react';
import type { AnnualReport } from '../../../shared/findings/model';
import { SelectInput } from '../../components/SelectInput';
import { AreaHeading } from '../interviews/AreaHeading';
import { ExportPanel } from './ExportPanel';
import { Problem } from './Problem';
import { selectAnnual, selectAnnualProblem, selectYear, usePlan } from './store';
import { dayText, reportingYearOf, reportingYears, reportingYearText, statusText, today, yearCoverText } from './words';

const buttons = [
  { format: 'pdf', label: 'Export the annual report tables (PDF)' },
  { format: 'xlsx', label: 'Export the annual report tables (Excel workbook)' },
] as const;

/** For the partnership's annual report: each review's and activity's findings in a reporting year, and what was done about each. */
export function AnnualScreen() {
  const year = usePlan(selectYear);
  const annual = usePlan(selectAnnual);
  const problem = usePlan(selectAnnualProblem);
  const loadAnnual = usePlan((state) => state.loadAnnual);
  const exportAnnual = usePlan((state) => state.exportAnnual);
  const shown = year ?? reportingYearOf(today());

  useEffect(() => {
    void loadAnnual(usePlan.getState().year ?? reportingYearOf(today()));
  }, [loadAnnual]);

  const years = reportingYears(today());
  const options = (years.includes(shown) ? years : [shown, ...years]).map((each) => ({ value: String(each), label: reportingYearText(each) }));
  return (
    <section aria-labelledby="area-heading" className="ap-screen">
      <AreaHeading caption="Action plan">Annual report tables</AreaHeading>
      <p className="lead">What the partnership did about each finding in a reporting year (1 April to 31 March), with the reasons where an action was not carried out.</p>
      <SelectInput
        id="ap-annual-year"
        label="Reporting year"
        hint={yearCoverText(shown)}
        value={String(shown)}
        options={options}
        onChange={(value) => void loadAnnual(Number(value))}
      />
      {problem ? (
        <Problem message={problem} onRetry={() => void loadAnnual(shown)} />
      ) : annual === null || annual.year !== shown ? (
        <p role="status">Loading the tables…</p>
      ) : (
        <AnnualTables annual={annual} />
      )}
      <h2>Export the tables</h2>
      <ExportPanel prefix="ap-annual-export" buttons={buttons} run={exportAnnual} />
    </section>
  );
}

function AnnualTables({ annual }: { annual: AnnualReport }) {
  if (annual.sources.length === 0) return <p>No review or activity has findings with actions in {reportingYearText(annual.year)}.</p>;
  return (
    <>
      {annual.sources.map((source, index) => (
        <div key={index} className="ap-scroll" role="region" aria-labelledby={`ap-annual-${index}`} tabIndex={0}>
          <table className="table table-wide">
            <caption id={`ap-annual-${index}`} className="table-caption">
              {source.label}
            </caption>
            <thead>
              <tr>
                <th scope="col">Finding</th>
                <th scope="col">Category</th>
                <th scope="col">What was done</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {source.findings.map((finding) => (
                <tr key={finding.number}>
                  <th scope="row" className="ap-finding-cell">
                    <span className="ap-number">Finding {finding.number}:</span> {finding.statement}
                  </th>
                  <td>{finding.category ?? 'No category'}</td>
                  <td>{finding.outcome}</td>
                  <td>
                    {finding.actions.length === 0 ? (
                      'None'
                    ) : (
                      <ul className="plain-list">
                        {finding.actions.map((action, actionIndex) => (
                          <li key={actionIndex}>
                            {action.text} ({action.agency}): {statusText(action.status, null)}
                            {action.completedOn ? `, ${dayText(action.completedOn)}` : ''}
                            {action.reason ? `. Reason: ${action.reason}` : ''}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
