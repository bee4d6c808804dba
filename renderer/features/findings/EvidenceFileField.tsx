import { sizeInWords } from '../../../shared/terms/decision';
import { FormField } from '../../components/FormField';

interface EvidenceFileFieldProps {
  id: string;
  file: File | null;
  onChange: (file: File | null) => void;
  error: string | undefined;
}

/** A file chosen and read by the page itself (its path never leaves the page); kept encrypted in the workspace. */
export function EvidenceFileField({ id, file, onChange, error }: EvidenceFileFieldProps) {
  return (
    <FormField id={id} label="File" hint="A report, minutes, an audit or a training record: at most 20 MB." error={error} describedBy={file ? `${id}-chosen` : undefined}>
      {(field) => (
        <>
          <input id={id} type="file" aria-describedby={field.describedBy} aria-invalid={field.invalid} onChange={(event) => onChange(event.target.files?.[0] ?? null)} />
          {file ? (
            <p id={`${id}-chosen`} className="hint">
              Chosen: {file.name} ({sizeInWords(file.size)})
            </p>
          ) : null}
        </>
      )}
    </FormField>
  );
}
