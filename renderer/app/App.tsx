import { useEffect } from 'react';
import { subscribe } from '../lib/api';
import { useShell } from '../features/shell/store';
import { JobsPanel } from '../features/jobs/JobsPanel';
import { useActivityReporter } from '../features/workspace/activity';
import { useWorkspace } from '../features/workspace/store';
import { StatusBar } from '../components/StatusBar';
import { Toasts } from '../components/Toasts';
import { AppBody } from './AppBody';
import { AppHeader } from './AppHeader';

export function App() {
  const loadInfo = useShell((state) => state.loadInfo);
  const show = useShell((state) => state.show);
  const loadWorkspace = useWorkspace((state) => state.load);
  const locked = useWorkspace((state) => state.locked);
  const secondCopyReported = useWorkspace((state) => state.secondCopyReported);

  useEffect(() => {
    void loadInfo();
    void loadWorkspace();
    // The application menu (View → area, Ctrl+1…7) navigates through this event.
    const stopNavigate = subscribe('app:navigate', ({ area }) => show(area));
    // The core locked the workspace (the user, idle time, suspend, screen lock): drop its data now.
    const stopLocked = subscribe('workspace:locked', ({ reason }) => void locked(reason));
    // A backup's copy in the second backup folder failed (an unplugged drive) or worked again.
    const stopSecondCopy = subscribe('backup:second-copy', ({ problem }) => void secondCopyReported(problem));
    return () => {
      stopNavigate();
      stopLocked();
      stopSecondCopy();
    };
  }, [loadInfo, loadWorkspace, show, locked, secondCopyReported]);

  useActivityReporter();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppHeader />
      <AppBody />
      {/* Long operations (exports, duplicates, backups…) with their progress and Cancel. */}
      <JobsPanel />
      <StatusBar />
      <Toasts />
    </div>
  );
}
