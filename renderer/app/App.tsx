import { useEffect } from 'react';
import { productName } from '../../shared/product';
import { subscribe } from '../lib/api';
import { useShell } from '../features/shell/store';
import { AreaNav } from '../features/shell/AreaNav';
import { AreaView } from '../features/areas/AreaView';
import { StatusBar } from '../components/StatusBar';
import { Toasts } from '../components/Toasts';

export function App() {
  const loadInfo = useShell((state) => state.loadInfo);
  const show = useShell((state) => state.show);

  useEffect(() => {
    void loadInfo();
    // The application menu (View → area, Ctrl+1…5) navigates through this event.
    return subscribe('app:navigate', ({ area }) => show(area));
  }, [loadInfo, show]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-name">{productName}</span>
      </header>
      <div className="app-body">
        <AreaNav />
        <main id="main" className="app-main" tabIndex={-1}>
          <AreaView />
        </main>
      </div>
      <StatusBar />
      <Toasts />
    </div>
  );
}
