import { Fragment } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import { selectInfo, useShell } from '../shell/store';

const systems: Record<string, string> = { win32: 'Windows', darwin: 'macOS', linux: 'Linux' };

/** The page itself runs in Chromium: where the core cannot see it (outside Electron), the browser says. */
function chromiumHere(): string | null {
  return /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? null;
}

/** What support may ask for; the status bar shows only the app's version. Nothing here is about a workspace. */
function rows(info: AppInfo): Array<[label: string, value: string]> {
  const chromium = info.runtime.chromium ?? chromiumHere();
  const listed: Array<[string, string | null]> = [
    ['App version', info.version],
    ['Operating system', systems[info.platform] ?? info.platform],
    ['Electron', info.runtime.electron],
    ['Chromium', chromium],
    ['Node.js', info.runtime.node],
    ['Database encryption', `${info.sqlite.cipher} (SQLite ${info.sqlite.version})`],
  ];
  return listed.filter((row): row is [string, string] => row[1] !== null);
}

export function AboutSection() {
  const info = useShell(selectInfo);
  return (
    <section aria-labelledby="about-heading" className="section">
      <h2 id="about-heading">About this app</h2>
      {info ? (
        <>
          <p>
            {info.name}, version {info.version}. If you contact support, they may ask for the details below: they describe the app and the parts it is
            built on, and nothing about your workspaces.
          </p>
          {/* The one place engine names are shown, on purpose: support needs them (words.spec.ts leaves it out). */}
          <dl className="summary-list" data-technical>
            {rows(info).map(([label, value]) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      ) : (
        <p role="status">Reading the app’s details…</p>
      )}
    </section>
  );
}
