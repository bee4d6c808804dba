import { methodologies, methodologyLabels, type Methodology, type TermsFields } from '../../../shared/terms/model';
import { SelectInput } from '../../components/SelectInput';
import { FieldStatus } from './FieldStatus';
import { TextField } from './TextField';
import { useDraft } from './use-draft';
import { useFieldSave } from './use-field-save';

const options = methodologies.map((value) => ({ value, label: methodologyLabels[value] }));

/** The methodology, saved as soon as it is chosen; "Other" asks for its name. */
export function MethodologyField({ fields }: { fields: TermsFields }) {
  const { error, save } = useFieldSave('methodology', fields.methodology);
  const identity = (value: Methodology) => value;
  const [chosen, setChosen] = useDraft<Methodology, Methodology>(fields.methodology, identity, identity);

  function choose(value: Methodology) {
    setChosen(value);
    void save(value);
  }

  return (
    <>
      <SelectInput id="tor-methodology" label="Methodology" value={chosen} options={options} onChange={choose} error={error} />
      <FieldStatus field="methodology" />
      {chosen === 'other' ? <TextField field="methodologyOther" fields={fields} label="Name the methodology" kind="line" hint="For example, the Home Office guidance for domestic homicide reviews." /> : null}
    </>
  );
}
