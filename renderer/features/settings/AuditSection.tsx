import { selectAudit, selectCheckingAudit, useSettings } from './store';

/** Checks the hash chain of the workspace's audit log and says plainly what it found. */
export function AuditSection() {
  const audit = useSettings(selectAudit);
  const checking = useSettings(selectCheckingAudit);
  const checkAudit = useSettings((state) => state.checkAudit);
  return (
    <section aria-labelledby="audit-heading" className="section">
      <h2 id="audit-heading">Audit log</h2>
      <p>
        The workspace records who changed what, and when, in an audit log. Each entry is sealed to the one before it, so a changed or
        removed entry shows up when the log is checked.
      </p>
      <button type="button" className="button button-secondary" disabled={checking} onClick={() => void checkAudit()}>
        Check the audit log
      </button>
      <div role="status" className="audit-result">
        {checking && <p>Checking the audit log…</p>}
        {audit?.ok === true && (
          <p className="confirmation-text">
            <strong>The audit log is intact ({audit.count === 1 ? '1 entry' : `${audit.count} entries`}).</strong>
          </p>
        )}
        {audit?.ok === false && (
          <div className="warning-panel">
            <p>
              <strong>The audit log is broken at entry {audit.firstBrokenSeq}.</strong> {audit.message}
            </p>
            <p>Entries before it are intact. Tell your information governance lead before making more changes.</p>
          </div>
        )}
      </div>
    </section>
  );
}
