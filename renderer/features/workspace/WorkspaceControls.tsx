import { selectAskName, selectBusy, selectFlow, selectOpenWorkspace, useWorkspace } from './store';

/** In the header while a workspace is open: its name and the Lock button. */
export function WorkspaceControls() {
  const workspace = useWorkspace(selectOpenWorkspace);
  const flow = useWorkspace(selectFlow);
  const locking = useWorkspace(selectBusy) === 'locking';
  const lock = useWorkspace((state) => state.lock);
  // Also while the app asks for the user's name after unlocking: someone who will not give one can lock it again.
  const askName = useWorkspace(selectAskName);
  if (!workspace || (flow !== 'workspace' && !askName)) return null;
  return (
    <div className="header-workspace">
      <span className="header-workspace-name">
        <span className="visually-hidden">Open workspace: </span>
        {workspace.name}
      </span>
      <button type="button" className="header-button" disabled={locking} onClick={() => void lock()}>
        Lock workspace
      </button>
    </div>
  );
}
