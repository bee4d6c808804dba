import type { AnchorFinding } from '../../../shared/workspace';
import { AuditEntries } from './AuditEntries';
import { selectAudit, selectCheckingAudit, useSettings } from './store';

/** Shows the workspace's audit log (AuditEntries) and checks it, its rules and the records of it kept elsewhere, and says plainly what it found. */
export function AuditSection() {
  const audit = useSettings(selectAudit);
  const checking = useSettings(selectCheckingAudit);
  const checkAudit = useSettings((state) => state.checkAudit);
  const chainBroken = audit?.ok === false && audit.reason !== 'anchor-mismatch' && audit.reason !== 'triggers-missing';
  return (
    <section aria-labelledby="audit-heading" className="section">
      <h2 id="audit-heading">Audit log</h2>
      <p>
        The workspace records who changed what, and when, in an audit log. Each entry is sealed to the one before it, so a changed or
        removed entry shows up when the log is checked. Each backup, each exported PDF and the workspace’s key file keep a record of
        where the log had reached, so a log rewritten as a whole shows up too.
      </p>
      <button type="button" className="button button-secondary" disabled={checking} onClick={() => void checkAudit()}>
        Check the audit log
      </button>
      <div role="status" className="audit-result">
        {checking && <p>Checking the audit log…</p>}
        {audit?.ok === true && (
          <>
            <p className="confirmation-text">
              <strong>The audit log is intact ({audit.count === 1 ? '1 entry' : `${audit.count} entries`}).</strong>
            </p>
            <AnchorList anchors={audit.anchors} />
          </>
        )}
        {audit?.ok === false && (
          <div className="warning-panel">
            <p>
              <strong>{chainBroken ? `The audit log is broken at entry ${audit.firstBrokenSeq}.` : 'The audit log has been changed.'}</strong> {audit.message}
            </p>
            <p>Tell your information governance lead before making more changes.</p>
          </div>
        )}
      </div>
      <AuditEntries />
    </section>
  );
}

const statusWords: Record<AnchorFinding['status'], string | null> = {
  'on-chain': 'matches',
  'before-restore': 'belongs to the history a restore replaced (kept in the backups folder)',
  'not-on-chain': 'does not match',
  unreadable: 'could not be opened, so it was not checked',
  none: null,
};

function AnchorList({ anchors }: { anchors: AnchorFinding[] }) {
  const shown = anchors.filter((anchor) => statusWords[anchor.status] !== null);
  if (shown.length === 0) return null;
  return (
    <>
      <p>Checked against the records kept in:</p>
      <ul>
        {shown.map((anchor) => (
          <li key={`${anchor.source}-${anchor.label}`}>
            {capital(anchor.label)}: {statusWords[anchor.status]}.
          </li>
        ))}
      </ul>
    </>
  );
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
