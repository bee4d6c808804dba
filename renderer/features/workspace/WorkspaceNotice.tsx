import { selectNotice, useWorkspace } from './store';

/** A confirmation above the open workspace (e.g. after a restore), kept until dismissed. */
export function WorkspaceNotice() {
  const notice = useWorkspace(selectNotice);
  const dismiss = useWorkspace((state) => state.dismissNotice);
  return (
    <div role="status">
      {notice && (
        <div className="notice-banner">
          <p>{notice}</p>
          <button type="button" className="link-button" onClick={dismiss}>
            Dismiss<span className="visually-hidden"> this message</span>
          </button>
        </div>
      )}
    </div>
  );
}
