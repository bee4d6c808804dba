import type { ErrorCode } from '../../../../shared/errors';

interface UnlockProblemActionsProps {
  code: ErrorCode | null;
  busy: boolean;
  onBreakLock: () => void;
  onRestore: () => void;
}

/**
 * What the user can do about a failed unlock, under its message. A damaged workspace is restored
 * from a backup, never deleted; a newer or locked workspace needs action elsewhere, so nothing.
 */
export function UnlockProblemActions({ code, busy, onBreakLock, onRestore }: UnlockProblemActionsProps) {
  switch (code) {
    case 'stale-lock':
      return (
        <>
          <p>Only do this if the workspace is not open in another window of the app or on another computer.</p>
          <button type="button" className="button button-warning" disabled={busy} onClick={onBreakLock}>
            Open anyway (the other app is no longer running)
          </button>
        </>
      );
    case 'corrupt':
      return (
        <>
          <p>A backup taken before the damage can replace it. The damaged file is kept aside, not deleted.</p>
          <button type="button" className="button" onClick={onRestore}>
            Restore from a backup
          </button>
        </>
      );
    default:
      return null;
  }
}
