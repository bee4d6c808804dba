import { useEffect, useState, type FormEvent } from 'react';
import { auditKinds, auditKindWords, formatAuditTime, type AuditKind, type AuditListQuery } from '../../../shared/workspace';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { readDay } from '../../../shared/dates/day-input';
import { AuditExport } from './AuditExport';
import { auditPageSize, selectEntries, selectEntriesQuery, selectLoadingEntries, useSettings } from './store';

interface Filters {
  since: string;
  until: string;
  actor: string;
  kind: AuditKind | '';
}

const noFilters: Filters = { since: '', until: '', actor: '', kind: '' };
const kindOptions = auditKinds.map((kind) => ({ value: kind, label: auditKindWords[kind] }));
const count = new Intl.NumberFormat('en-GB');

/** The audit log itself, newest first, a page at a time: when, who, what and what it was about. */
export function AuditEntries() {
  const entries = useSettings(selectEntries);
  const query = useSettings(selectEntriesQuery);
  const loading = useSettings(selectLoadingEntries);
  const loadEntries = useSettings((state) => state.loadEntries);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [errors, setErrors] = useState<FormError[]>([]);

  useEffect(() => {
    void loadEntries({});
  }, [loadEntries]);

  async function show(next: AuditListQuery) {
    const outcome = await loadEntries(next);
    setErrors(outcome.ok ? [] : [{ message: outcome.error.message }]);
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    // The same day-first reading as every date box in the app.
    const parseDay = (text: string) => {
      const reading = readDay(text, 'The date');
      return reading.ok ? reading.day : null;
    };
    const since = filters.since.trim() ? parseDay(filters.since) : '';
    const until = filters.until.trim() ? parseDay(filters.until) : '';
    const problems: FormError[] = [];
    if (since === null) problems.push({ fieldId: 'audit-since', message: 'Enter the “from” date as day, month and year, for example 7/12/2026.' });
    if (until === null) problems.push({ fieldId: 'audit-until', message: 'Enter the “to” date as day, month and year, for example 7/12/2026.' });
    else if (since && until && until < since) problems.push({ fieldId: 'audit-until', message: 'The “to” date is before the “from” date. Choose a “to” date on or after it.' });
    if (problems.length > 0) return setErrors(problems);
    void show({
      since: since || undefined,
      until: until || undefined,
      actor: filters.actor || undefined,
      kinds: filters.kind ? [filters.kind] : undefined,
      offset: 0,
    });
  }

  function clear() {
    setFilters(noFilters);
    void show({});
  }

  const offset = query.offset ?? 0;
  const total = entries?.total ?? 0;
  const filtered = Boolean(query.since || query.until || query.actor || query.kinds);
  const page = (to: number) => () => {
    if (!loading && to >= 0 && to < total) void show({ ...query, offset: to });
  };

  return (
    <div className="audit-entries">
      <h3>Entries</h3>
      <ErrorSummary errors={errors} />
      <form onSubmit={apply} noValidate>
        <fieldset className="fieldset">
          <legend className="legend">Filter the entries</legend>
          <TextInput
            id="audit-since"
            label="From"
            hint="Day, month and year, for example 7/12/2026"
            value={filters.since}
            onChange={(since) => setFilters({ ...filters, since })}
            error={errorFor(errors, 'audit-since')}
            inputMode="numeric"
            autoComplete="off"
            width="medium"
          />
          <TextInput
            id="audit-until"
            label="To"
            hint="Day, month and year, for example 7/12/2026"
            value={filters.until}
            onChange={(until) => setFilters({ ...filters, until })}
            error={errorFor(errors, 'audit-until')}
            inputMode="numeric"
            autoComplete="off"
            width="medium"
          />
          <SelectInput
            id="audit-actor"
            label="Person"
            placeholder="Everyone"
            value={filters.actor}
            options={(entries?.actors ?? []).map((actor) => ({ value: actor, label: actor }))}
            onChange={(actor) => setFilters({ ...filters, actor })}
          />
          <SelectInput id="audit-kind" label="Kind of action" placeholder="All kinds" value={filters.kind} options={kindOptions} onChange={(kind) => setFilters({ ...filters, kind })} />
        </fieldset>
        <div className="button-group">
          <button type="submit" className="button button-secondary">
            Show entries
          </button>
          <button type="button" className="link-button" onClick={clear}>
            Clear filters
          </button>
        </div>
      </form>
      <p role="status">{entries ? summary(offset, entries.rows.length, total, filtered) : loading ? 'Reading the audit log…' : ''}</p>
      {entries && entries.rows.length > 0 && (
        <>
          <table className="table table-wide">
            <caption className="visually-hidden">Audit log entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">About</th>
              </tr>
            </thead>
            <tbody>
              {entries.rows.map((row) => (
                <tr key={row.seq}>
                  <td>
                    <time dateTime={row.at}>{formatAuditTime(row.at)}</time>
                  </td>
                  <td>{row.who}</td>
                  <td>{row.what}</td>
                  <td>{row.target}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {total > auditPageSize && (
            <nav aria-label="Pages of the audit log" className="button-group">
              <button type="button" className="button button-secondary" aria-disabled={offset === 0} onClick={page(offset - auditPageSize)}>
                Newer entries
              </button>
              <button type="button" className="button button-secondary" aria-disabled={offset + auditPageSize >= total} onClick={page(offset + auditPageSize)}>
                Older entries
              </button>
            </nav>
          )}
          <AuditExport count={total} />
        </>
      )}
    </div>
  );
}

function summary(offset: number, shown: number, total: number, filtered: boolean): string {
  if (total === 0) return filtered ? 'No entries match these filters.' : 'The audit log has no entries yet.';
  if (total === 1) return filtered ? 'Showing the 1 matching entry.' : 'Showing the 1 entry.';
  const of = filtered ? `${count.format(total)} matching entries` : `${count.format(total)} entries`;
  return `Showing ${count.format(offset + 1)} to ${count.format(offset + shown)} of ${of}, newest first.`;
}
