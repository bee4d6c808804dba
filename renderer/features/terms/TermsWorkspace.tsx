import type { TermsOverview, TermsVersion } from '../../../shared/terms/types';
import { ChangesSinceSigned } from './ChangesSinceSigned';
import { FieldsForm } from './FieldsForm';
import { SaveTemplateForm } from './SaveTemplateForm';
import { SectionsEditor } from './SectionsEditor';
import { SignOff } from './SignOff';
import { StatusBanner } from './StatusBanner';
import { selectSession, useTerms } from './store';
import { useSectionsEditor } from './use-sections-editor';
import { VersionHistory } from './VersionHistory';

interface TermsWorkspaceProps {
  overview: TermsOverview;
  current: TermsVersion;
  reviewTitle: string;
}

/**
 * One review's terms of reference: where the current version stands, what changed since the
 * signed one, the fields and sections, sign-off, the versions and their PDFs. The sections editor
 * lives here so submitting and exporting can save what was just typed first.
 */
export function TermsWorkspace({ overview, current, reviewTitle }: TermsWorkspaceProps) {
  const session = useTerms(selectSession);
  // The sections this load started with: later saves do not reset the editor.
  const { editor, autosave } = useSectionsEditor(current.sections, { reviewId: current.reviewId, session });
  const flush = () => autosave.flush();
  return (
    <>
      <StatusBanner version={current} />
      {overview.changesSinceSigned ? <ChangesSinceSigned changes={overview.changesSinceSigned} /> : null}
      <FieldsForm version={current} />
      <SectionsEditor editor={editor} version={current} onRetry={() => void autosave.saveNow()} />
      <SignOff version={current} flush={flush} />
      <VersionHistory history={overview.history} flush={flush} />
      <SaveTemplateForm reviewTitle={reviewTitle} flush={flush} />
    </>
  );
}
