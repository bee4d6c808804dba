import { termsToDoc } from '../../../shared/terms/document';
import type { TermsOverview, TermsVersion } from '../../../shared/terms/types';
import { ChangesSinceSigned } from './ChangesSinceSigned';
import { FieldsForm } from './FieldsForm';
import { SaveTemplateForm } from './SaveTemplateForm';
import { SectionsEditor } from './SectionsEditor';
import { SignedVersion } from './SignedVersion';
import { SignOff } from './SignOff';
import { StatusBanner } from './StatusBanner';
import { SignedContents, TermsContents } from './TermsContents';
import { selectSession, useTerms } from './store';
import { useSectionsEditor } from './use-sections-editor';
import { VersionHistory } from './VersionHistory';

interface TermsWorkspaceProps {
  overview: TermsOverview;
  current: TermsVersion;
  reviewTitle: string;
}

/** Nothing to save in a signed version: it is shown as text. */
const nothingToSave = () => Promise.resolve(true);

/**
 * One review's terms of reference: where the current version stands, what changed since the
 * signed one, the fields and sections (or, once signed, the text as signed), sign-off, the
 * versions and their PDFs.
 */
export function TermsWorkspace({ overview, current, reviewTitle }: TermsWorkspaceProps) {
  if (current.status === 'signed-off') {
    return (
      <div className="tor-layout">
        <SignedContents doc={termsToDoc(current.fields, current.sections)} />
        <div className="tor-working">
          <StatusBanner version={current} />
          <SignedVersion version={current} />
          <SignOff version={current} overview={overview} flush={nothingToSave} />
          <VersionHistory history={overview.history} flush={nothingToSave} />
          <SaveTemplateForm reviewTitle={reviewTitle} flush={nothingToSave} />
        </div>
      </div>
    );
  }
  return <EditableTerms overview={overview} current={current} reviewTitle={reviewTitle} />;
}

/** A draft, submitted or returned version: its fields and sections, edited in place. The sections editor lives here so submitting and exporting can save what was just typed first. */
function EditableTerms({ overview, current, reviewTitle }: TermsWorkspaceProps) {
  const session = useTerms(selectSession);
  // The sections this load started with: later saves do not reset the editor.
  const { editor, autosave } = useSectionsEditor(current.sections, { reviewId: current.reviewId, session }, overview.guidance.sections);
  const flush = () => autosave.flush();
  return (
    <div className="tor-layout">
      <TermsContents editor={editor} />
      <div className="tor-working">
        <StatusBanner version={current} />
        {overview.changesSinceSigned ? <ChangesSinceSigned changes={overview.changesSinceSigned} /> : null}
        <FieldsForm version={current} guidance={overview.guidance} />
        <SectionsEditor editor={editor} version={current} onRetry={() => void autosave.saveNow()} />
        <SignOff version={current} overview={overview} flush={flush} />
        <VersionHistory history={overview.history} flush={flush} />
        <SaveTemplateForm reviewTitle={reviewTitle} flush={flush} />
      </div>
    </div>
  );
}
