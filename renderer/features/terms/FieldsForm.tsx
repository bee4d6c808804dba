import { useEffect, type ReactNode } from 'react';
import type { TermsGuidance } from '../../../shared/terms/guidance';
import { termsFieldLabels, type TermsField } from '../../../shared/terms/model';
import type { TermsVersion } from '../../../shared/terms/types';
import { AgenciesField } from './AgenciesField';
import { fieldAnchor } from './contents';
import { EditNotice } from './EditNotice';
import { ListField } from './ListField';
import { MethodologyField } from './MethodologyField';
import { MilestonesField } from './MilestonesField';
import { PanelField } from './PanelField';
import { selectKnown, useTerms } from './store';
import { TextField } from './TextField';

/** Where the contents rail jumps to: one per field, in the rail's order. */
function Anchor({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div id={fieldAnchor(name)} className="tor-anchor">
      {children}
    </div>
  );
}

/** The structured fields, each saved as the user leaves it, its save said beside it; a template's guidance for a field is its hint, never its value. */
export function FieldsForm({ version, guidance }: { version: TermsVersion; guidance: TermsGuidance }) {
  const fields = version.fields;
  const known = useTerms(selectKnown);
  const loadKnown = useTerms((state) => state.loadKnown);
  useEffect(() => {
    if (!known) void loadKnown();
  }, [known, loadKnown]);
  const hint = (field: TermsField, own?: string) => {
    const text = guidance.fields[field];
    return [own, text ? `Guidance: ${text}` : undefined].filter(Boolean).join(' ') || undefined;
  };
  return (
    <section aria-labelledby="tor-fields-heading" className="section tor-fields">
      <h2 id="tor-fields-heading">The terms</h2>
      <EditNotice version={version} />
      <p className="hint">Each field is saved when you leave it; beside it, when it was saved.</p>
      <Anchor name="subject">
        <TextField field="subject" fields={fields} label={termsFieldLabels.subject} kind="line" hint="The pseudonym the review uses, never a real name." />
      </Anchor>
      <Anchor name="period">
        <fieldset className="fieldset tor-period">
          <legend className="legend">Period under review</legend>
          <TextField field="periodFrom" fields={fields} label="From" kind="date" />
          <TextField field="periodTo" fields={fields} label="To" kind="date" />
        </fieldset>
      </Anchor>
      <Anchor name="scope">
        <TextField field="scope" fields={fields} label={termsFieldLabels.scope} kind="passage" hint={hint('scope')} />
      </Anchor>
      <Anchor name="agencies">
        {/* Keyed by whether the review's agencies are read: ticked and typed ones are told apart against them. */}
        <AgenciesField key={known ? 'known' : 'reading'} fields={fields} offered={known?.agencies ?? []} />
      </Anchor>
      <Anchor name="linesOfEnquiry">
        <ListField field="linesOfEnquiry" fields={fields} legend={termsFieldLabels.linesOfEnquiry} noun="line of enquiry" multiline />
      </Anchor>
      <Anchor name="methodology">
        <MethodologyField fields={fields} />
      </Anchor>
      <Anchor name="familyInvolvement">
        <TextField field="familyInvolvement" fields={fields} label={termsFieldLabels.familyInvolvement} kind="passage" hint={hint('familyInvolvement')} />
      </Anchor>
      <Anchor name="reviewer">
        <TextField field="reviewer" fields={fields} label={termsFieldLabels.reviewer} kind="line" />
      </Anchor>
      <Anchor name="panel">
        <PanelField fields={fields} people={known?.people ?? []} />
      </Anchor>
      <Anchor name="milestones">
        <MilestonesField fields={fields} />
      </Anchor>
      <Anchor name="publication">
        <TextField field="publication" fields={fields} label={termsFieldLabels.publication} kind="passage" hint={hint('publication')} />
      </Anchor>
      <Anchor name="parallelProcesses">
        <TextField field="parallelProcesses" fields={fields} label={termsFieldLabels.parallelProcesses} kind="passage" hint={hint('parallelProcesses', 'Criminal proceedings, an inquest, other reviews: and how the review will liaise with them.')} />
      </Anchor>
    </section>
  );
}
