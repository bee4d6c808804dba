import { selectRecent, useWorkspace } from './store';

/** Recent workspaces: paths only (the list sits unencrypted in the preferences file). */
export function RecentList() {
  const recent = useWorkspace(selectRecent);
  const openRecent = useWorkspace((state) => state.openRecent);
  const forgetRecent = useWorkspace((state) => state.forgetRecent);
  return (
    <section aria-labelledby="recent-heading" className="section">
      <h2 id="recent-heading">Recent workspaces</h2>
      {recent.length === 0 ? (
        <p className="hint">Workspaces you create or open on this computer will be listed here.</p>
      ) : (
        <ul className="recent-list">
          {recent.map((workspace, index) => {
            const pathId = `recent-path-${index}`;
            return (
              <li key={workspace.path} className="recent-item">
                {workspace.available ? (
                  <button type="button" className="link-button recent-name" aria-describedby={pathId} onClick={() => openRecent(workspace)}>
                    {workspace.name}
                  </button>
                ) : (
                  <span className="recent-name recent-unavailable">
                    {workspace.name} <strong className="tag">Not found</strong>
                  </span>
                )}
                <span id={pathId} className="path hint">
                  {workspace.path}
                </span>
                {!workspace.available && (
                  <>
                    <span className="hint">It may have been moved or deleted, or be on a drive that is not connected.</span>
                    <button type="button" className="button button-secondary button-small" onClick={() => void forgetRecent(workspace.path)}>
                      Remove from list<span className="visually-hidden">: {workspace.name}</span>
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
