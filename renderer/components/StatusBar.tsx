import { selectInfo, useShell } from '../features/shell/store';

export function StatusBar() {
  const info = useShell(selectInfo);
  return (
    <footer className="status-bar">
      <span>No workspace open</span>
      <span role="status">{info ? `Version ${info.version}` : 'Starting…'}</span>
      {info && <span className="status-engine">{info.sqlite.cipher}</span>}
    </footer>
  );
}
