import { productName } from '../../shared/product';
import { selectPage, useShell } from '../features/shell/store';
import { WorkspaceControls } from '../features/workspace/WorkspaceControls';

export function AppHeader() {
  const page = useShell(selectPage);
  const openSettings = useShell((state) => state.openSettings);
  return (
    <header className="app-header">
      <span className="app-name">{productName}</span>
      <WorkspaceControls />
      <button type="button" className="header-button" aria-current={page === 'settings' ? 'page' : undefined} onClick={openSettings}>
        Settings
      </button>
    </header>
  );
}
