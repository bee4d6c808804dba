import type { TermsGuidance } from '../../../shared/terms/guidance';
import { termsFieldLabels, type TermsField } from '../../../shared/terms/model';
import type { TermsVersion } from '../../../shared/terms/types';
import { timeOfDay } from '../documents/words';
import { EditNotice } from './EditNotice';
import { ListField } from './ListField';
import { MethodologyField } from './MethodologyField';
import { MilestonesField } from './MilestonesField';
import { selectFieldSave, useTerms } from './store';
import { TextField } from './TextField';

/** The structured fields, each saved as the user leaves it; a template's guidance for a field is its hint, never its value. */
export function FieldsForm({ version, guidance }: { version: TermsVersion; guidance: TermsGuidance }) {
  const fields = version.fields;
  const hint = (field: TermsField, own?: string) => {
    const text = guidance.fields[field];
    return [own, text ? `Guidance: ${text}` : undefined].filter(Boolean).join(' ') || undefined;
  };
  return (
    <section aria-labelledby="tor-fields-heading" className="section tor-fields">
      <h2 id="tor-fields-heading">The terms</h2>
      <EditNotice version={version} />
      <p className="hint">Each field is saved when you leave it.</p>
      <FieldSaveStatus />
      <TextField field="subject" fields={fields} label={termsFieldLabels.subject} kind="line" hint="The pseudonym the review uses, never a real name." />
      <fieldset className="fieldset tor-period">
        <legend className="legend">Period under review</legend>
        <TextField field="periodFrom" fields={fields} label="From" kind="date" />
        <TextField field="periodTo" fields={fields} label="To" kind="date" />
      </fieldset>
      <TextField field="scope" fields={fields} label={termsFieldLabels.scope} kind="passage" hint={hint('scope')} />
      <ListField field="agencies" fields={fields} legend={termsFieldLabels.agencies} noun="agency" />
      <ListField field="linesOfEnquiry" fields={fields} legend={termsFieldLabels.linesOfEnquiry} noun="line of enquiry" multiline />
      <MethodologyField fields={fields} />
      <TextField field="familyInvolvement" fields={fields} label={termsFieldLabels.familyInvolvement} kind="passage" hint={hint('familyInvolvement')} />
      <TextField field="reviewer" fields={fields} label={termsFieldLabels.reviewer} kind="line" />
      <ListField field="panel" fields={fields} legend={termsFieldLabels.panel} noun="panel member" hint="Name, role and agency of each member." />
      <MilestonesField fields={fields} />
      <TextField field="publication" fields={fields} label={termsFieldLabels.publication} kind="passage" hint={hint('publication')} />
      <TextField field="parallelProcesses" fields={fields} label={termsFieldLabels.parallelProcesses} kind="passage" hint={hint('parallelProcesses', 'Criminal proceedings, an inquest, other reviews: and how the review will liaise with them.')} />
    </section>
  );
}

/** One polite line for every field's save, so leaving a field is confirmed without moving focus. */
function FieldSaveStatus() {
  const save = useTerms(selectFieldSave);
  const text = !save ? '' : save.status === 'saving' ? `Saving ${termsFieldLabels[save.field]}…` : `Saved ${termsFieldLabels[save.field]} at ${timeOfDay(save.at)}`;
  return (
    <p role="status" aria-atomic="true" className="tor-field-status">
      {text}
    </p>
  );
}
