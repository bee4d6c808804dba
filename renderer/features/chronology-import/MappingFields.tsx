import type { ChronologyField, ColumnMapping } from '../../../shared/chronology/types';
import type { SourceInspection } from '../../../shared/chronology/views';
import { SelectInput } from '../../components/SelectInput';
import { truncate } from './import-words';
import { choiceOf, columnName, fieldOf, mappingOptions, type MappingProblem } from './mapping';

interface MappingFieldsProps {
  inspection: SourceInspection;
  headerIndex: number;
  mapping: ColumnMapping;
  /** From the last attempt to continue; each shows beside the columns it is about. */
  problems: readonly MappingProblem[];
  onChange: (column: number, field: ChronologyField | null) => void;
}

export const mappingFieldId = (column: number) => `import-map-${column}`;
const wholeErrorId = 'import-mapping-error';

/** The first value under each column, from the rows read, to tell similar headers apart. */
function samples(inspection: SourceInspection, headerIndex: number): string[] {
  const below = inspection.topRows.filter((row) => row.index > headerIndex);
  return inspection.headers.map((_, column) => below.map((row) => row.cells[column]?.trim() ?? '').find(Boolean) ?? '');
}

/** One select a source column: which chronology field it feeds, or kept as an other column. */
export function MappingFields({ inspection, headerIndex, mapping, problems, onChange }: MappingFieldsProps) {
  const examples = samples(inspection, headerIndex);
  const whole = problems.find((problem) => problem.columns.length === 0);
  const problemFor = (column: number) => problems.find((problem) => problem.columns.includes(column))?.message;
  return (
    <fieldset
      className={whole ? 'fieldset form-group form-group-error' : 'fieldset form-group'}
      aria-describedby={['import-mapping-hint', whole ? wholeErrorId : null].filter(Boolean).join(' ')}
    >
      <legend className="legend">Columns</legend>
      <div id="import-mapping-hint" className="hint">
        Choose what each column holds. A column kept as an other column stays with each entry under its own name, so nothing in the file is lost.
      </div>
      {inspection.mappingSaved && (
        <p className="inset-text">{inspection.agency ? `Mapping remembered from the last ${inspection.agency} file.` : 'Mapping remembered from the last file with these columns.'}</p>
      )}
      {whole && (
        <p id={wholeErrorId} className="error-message">
          <span className="visually-hidden">Error: </span>
          {whole.message}
        </p>
      )}
      {inspection.headers.map((_, column) => (
        <SelectInput
          key={column}
          id={mappingFieldId(column)}
          label={columnName(inspection.headers, column)}
          hint={examples[column] ? `For example: ${truncate(examples[column], 60)}` : 'No value in the first rows.'}
          value={choiceOf(mapping[column] ?? null)}
          options={mappingOptions}
          onChange={(choice) => onChange(column, fieldOf(choice))}
          error={problemFor(column)}
        />
      ))}
    </fieldset>
  );
}
