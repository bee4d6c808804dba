import type { TermsVersion } from '../../../shared/terms/types';

/**
 * Said before the user edits a submitted version: a change means submitting again. (A signed
 * version is not edited at all: it is shown as text, with "Start version N+1".)
 */
export function EditNotice({ version }: { version: Pick<TermsVersion, 'number' | 'status'> }) {
  if (version.status === 'submitted') {
    return <p className="inset-text tor-edit-notice">Version {version.number} is waiting for sign-off. Changing anything here means it must be submitted again before it can be signed off.</p>;
  }
  return null;
}
