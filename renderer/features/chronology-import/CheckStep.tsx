import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/errors';
import type { SourceInspection } from '../../../shared/chronology/views';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { formatBytes } from '../../lib/format';
import { HeaderRowPicker } from './HeaderRowPicker';
import { sourceInWords } from './import-words';
import { mappingProblems, type MappingProblem } from './mapping';
import { MappingFields, mappingFieldId } from './MappingFields';
import { selectBusy, selectCurrentFile, selectDraft, selectHasNextFile, selectInspection, useChronologyImport, type ImportDraft } from './store';

interface CheckStepProps {
  caption: string;
  /** Why the file could not be read, when it could not. */
  problems: readonly FormError[];
  /** Moved on to the next file (with its error if it could not be read). */
  onNext: (error: AppError | null) => void;
  onCancel: () => void;
}

const ids = { sheet: 'import-sheet', agency: 'import-agency', saveFormat: 'import-save-format' };

/** Step 2: how the file was read, its agency, header row and column mapping. */
export function CheckStep({ caption, problems, onNext, onCancel }: CheckStepProps) {
  const file = useChronologyImport(selectCurrentFile);
  const inspection = useChronologyImport(selectInspection);
  const draft = useChronologyImport(selectDraft);
  const hasNext = useChronologyImport(selectHasNextFile);
  const nextFile = useChronologyImport((state) => state.nextFile);
  const skip = hasNext ? async () => onNext(errorOf(await nextFile())) : null;

  if (inspection && draft) return <CheckForm caption={caption} inspection={inspection} draft={draft} onSkip={skip} onCancel={onCancel} />;
  const name = file?.name ?? 'the file';
  if (problems.length === 0) {
    return (
      <section aria-labelledby="import-check-heading" aria-busy="true">
        <PageHeading id="import-check-heading" caption={caption}>
          Check {name}
        </PageHeading>
        <p role="status" className="busy-message">
          Reading {name}…
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="import-check-heading">
      <PageHeading id="import-check-heading" caption={caption}>
        {name} could not be read
      </PageHeading>
      <ErrorSummary errors={problems} />
      <div className="button-group">
        {skip && (
          <button type="button" className="button" onClick={() => void skip()}>
            Skip to the next file
          </button>
        )}
        <button type="button" className="link-button" onClick={onCancel}>
          {skip ? 'Cancel' : 'Close'}
        </button>
      </div>
    </section>
  );
}

const errorOf = (outcome: { ok: true } | { ok: false; error: AppError }) => (outcome.ok ? null : outcome.error);

interface CheckFormProps {
  caption: string;
  inspection: SourceInspection;
  draft: ImportDraft;
  onSkip: (() => Promise<void>) | null;
  onCancel: () => void;
}

function CheckForm({ caption, inspection, draft, onSkip, onCancel }: CheckFormProps) {
  const busy = useChronologyImport(selectBusy);
  const file = useChronologyImport(selectCurrentFile);
  const inspect = useChronologyImport((state) => state.inspect);
  const editDraft = useChronologyImport((state) => state.editDraft);
  const runPreview = useChronologyImport((state) => state.runPreview);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [mappingIssues, setMappingIssues] = useState<MappingProblem[]>([]);

  async function reread(change: { sheet?: string; headerIndex?: number }) {
    editDraft(change);
    const outcome = await inspect(change);
    setMappingIssues([]);
    setErrors(outcome.ok ? [] : [{ message: outcome.error.message }]);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormError[] = [];
    if (!draft.agency.trim()) found.push({ fieldId: ids.agency, message: 'Enter the agency that sent this file, for example Police.' });
    const issues = mappingProblems(draft.mapping, inspection.headers);
    for (const issue of issues) found.push({ fieldId: mappingFieldId(issue.columns.at(-1) ?? 0), message: issue.message });
    setMappingIssues(issues);
    if (found.length > 0) return setErrors(found);
    const outcome = await runPreview();
    setErrors(outcome.ok ? [] : [{ message: outcome.error.message }]);
  }

  const sheetOptions = inspection.sheets.map((sheet) => ({ value: sheet, label: sheet }));
  return (
    <section aria-labelledby="import-check-heading">
      <PageHeading id="import-check-heading" caption={caption}>
        Check {inspection.fileName}
      </PageHeading>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        <dl className="summary-list">
          <dt>File</dt>
          <dd>{file ? `${inspection.fileName} (${formatBytes(file.size)})` : inspection.fileName}</dd>
          <dt>Format</dt>
          <dd>{sourceInWords(inspection.format, inspection.encoding)}</dd>
          {inspection.sheet !== null && inspection.sheets.length <= 1 && (
            <>
              <dt>Sheet</dt>
              <dd>{inspection.sheet}</dd>
            </>
          )}
          {inspection.format === 'docx' && (
            <>
              <dt>Tables read</dt>
              <dd>
                <ul className="plain-list">
                  {inspection.sheets.map((table) => (
                    <li key={table}>{table}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt>Rows below the header</dt>
          <dd>{inspection.dataRows.toLocaleString('en-GB')}</dd>
          {inspection.blankRows !== undefined && inspection.blankRows > 0 && (
            <>
              <dt>Empty table rows left out</dt>
              <dd>{inspection.blankRows.toLocaleString('en-GB')}</dd>
            </>
          )}
        </dl>
        {inspection.format !== 'docx' && inspection.sheets.length > 1 && (
          <SelectInput
            id={ids.sheet}
            label="Sheet"
            hint="The workbook has more than one sheet: choose the one with the chronology."
            value={draft.sheet ?? ''}
            options={sheetOptions}
            onChange={(sheet) => void reread({ sheet })}
          />
        )}
        <TextInput
          id={ids.agency}
          label="Agency"
          hint={inspection.agency ? 'Suggested from the file; change it if another agency sent it.' : 'The agency that sent this file, as it should appear in the chronology.'}
          width="medium"
          autoComplete="off"
          value={draft.agency}
          onChange={(agency) => editDraft({ agency })}
          error={errorFor(errors, ids.agency)}
        />
        <HeaderRowPicker inspection={inspection} headerIndex={draft.headerIndex} onPick={(headerIndex) => void reread({ headerIndex })} />
        <MappingFields
          inspection={inspection}
          headerIndex={inspection.headerIndex}
          mapping={draft.mapping}
          problems={mappingIssues}
          onChange={(column, field) => editDraft({ mapping: draft.mapping.map((mapped, index) => (index === column ? field : mapped)) })}
        />
        <div className="checkbox">
          <input id={ids.saveFormat} type="checkbox" checked={draft.saveFormat} onChange={(event) => editDraft({ saveFormat: event.target.checked })} />
          <label htmlFor={ids.saveFormat}>Remember this mapping for this agency’s files</label>
        </div>
        <div className="button-group">
          <button type="submit" className="button" disabled={busy}>
            Preview import
          </button>
          {onSkip && (
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void onSkip()}>
              Skip this file
            </button>
          )}
          <button type="button" className="link-button" onClick={onCancel}>
            Cancel
          </button>
        </div>
        <p role="status" className="busy-message">
          {busy ? 'Reading…' : ''}
        </p>
      </form>
    </section>
  );
}
