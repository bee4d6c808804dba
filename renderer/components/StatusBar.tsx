import { selectInfo, useShell } from '../features/shell/store';
import { selectOpenWorkspace, useWorkspace } from '../features/workspace/store';

/** The workspace and the app's version; technical details (the database engine) are under Settings → About this app. */
export function StatusBar() {
  const info = useShell(selectInfo);
  const workspace = useWorkspace(selectOpenWorkspace);
  return (
    <footer className="status-bar">
      <span>{workspace ? `Workspace: ${workspace.name} — unlocked` : 'No workspace open'}</span>
      <span role="status">{info ? `Version ${info.version}` : 'Starting…'}</span>
    </footer>
  );
}
