import type { TermsVersion } from '../../../shared/terms/types';

/**
 * Said before the user edits: a change to a signed version does not change it (it cannot be
 * changed) but starts the next version as a draft; a change to a submitted one means submitting again.
 */
export function EditNotice({ version }: { version: Pick<TermsVersion, 'number' | 'status'> }) {
  if (version.status === 'signed-off') {
    return (
      <p className="inset-text tor-edit-notice">
        Version {version.number} is signed off and stays as it was signed. Changing anything here starts <strong>version {version.number + 1} as a draft</strong>, which must be submitted and signed off again.
      </p>
    );
  }
  if (version.status === 'submitted') {
    return <p className="inset-text tor-edit-notice">Version {version.number} is waiting for sign-off. Changing anything here means it must be submitted again before it can be signed off.</p>;
  }
  return null;
}
