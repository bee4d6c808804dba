import type { ReactNode } from 'react';
import { AreaView } from '../features/areas/AreaView';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NamesCheckDialog } from '../features/exports/NamesCheckDialog';
import { AreaNav } from '../features/shell/AreaNav';
import { selectPage, useShell } from '../features/shell/store';
import { CreateWizard } from '../features/workspace/create/CreateWizard';
import { selectFlow, useWorkspace } from '../features/workspace/store';
import { UnlockScreen } from '../features/workspace/unlock/UnlockScreen';
import { Welcome } from '../features/workspace/Welcome';
import { WorkspaceNotice } from '../features/workspace/WorkspaceNotice';
import { assertNever } from '../../shared/errors';

/**
 * The areas exist only while a workspace is open; otherwise the body is the screen that leads
 * to one (welcome, create, unlock). Settings are reachable either way.
 */
export function AppBody() {
  const flow = useWorkspace(selectFlow);
  const page = useShell(selectPage);
  const inWorkspace = flow === 'workspace';

  return (
    <div className={inWorkspace ? 'app-body' : 'app-body app-body-single'}>
      {inWorkspace && <AreaNav />}
      <main id="main" className="app-main" tabIndex={-1}>
        {inWorkspace && <WorkspaceNotice />}
        {page === 'settings' ? <SettingsPage /> : <FlowScreen flow={flow} />}
        {/* One for every export: it opens when the names check before an anonymised export finds names. */}
        {inWorkspace && <NamesCheckDialog />}
      </main>
    </div>
  );
}

function FlowScreen({ flow }: { flow: ReturnType<typeof selectFlow> }): ReactNode {
  switch (flow) {
    case 'starting':
      return <p role="status">Starting…</p>;
    case 'welcome':
      return <Welcome />;
    case 'create':
      return <CreateWizard />;
    case 'unlock':
      return <UnlockScreen />;
    case 'workspace':
      return <AreaView />;
    default:
      return assertNever(flow);
  }
}
