/**
 * The messages between the host (Electron's main process, or the e2e test host) and the core
 * running in its worker thread. The host keeps what only it can do — windows and their dialogs,
 * the OS keychain, power events, the preferences file — and the core asks for those through
 * `ask`; every renderer call crosses as `call` and is validated inside the core (dispatch).
 */
import type { IpcResult } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/workspace';
import type { SessionOptions } from '../workspace';
import type { AppIdentity, ConfirmOptions, OpenDialogOptions, PowerEvent, SaveDialogOptions } from '../ports';

/** Given to the worker at start (structured-cloned, so plain data only). */
export interface CoreWorkerData {
  app: AppIdentity;
  sqliteNativeBinding?: string | undefined;
  dataDir?: string | undefined;
  /** The host has a keychain; its backend (Linux) at start, refreshed before each use. */
  keychain: { backend: string | undefined } | null;
  /** The preferences as the host read them; the core's saves go back with `preferences`. */
  settings: Settings;
  recentPaths: string[];
  sessionOptions?: SessionOptions | undefined;
}

export type PortRequest =
  | { port: 'dialogs.showOpen'; options: OpenDialogOptions }
  | { port: 'dialogs.showSave'; options: SaveDialogOptions }
  | { port: 'dialogs.confirm'; options: ConfirmOptions }
  | { port: 'keychain.encrypt'; data: Uint8Array }
  | { port: 'keychain.decrypt'; data: Uint8Array }
  | { port: 'keychain.status' };

export type ToCore =
  | { type: 'call'; id: number; channel: unknown; input: unknown }
  | { type: 'answer'; id: number; ok: true; value: unknown }
  | { type: 'answer'; id: number; ok: false }
  | { type: 'power'; event: PowerEvent }
  | { type: 'shutdown' };

export type FromCore =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: IpcResult<unknown> }
  | { type: 'emit'; event: string; payload: unknown }
  | { type: 'ask'; id: number; request: PortRequest }
  | { type: 'preferences'; settings?: Settings; recentPaths?: string[] }
  /** The workspace whose lock file the core holds now (null: none), so the host can release it if the core dies. */
  | { type: 'holding'; dir: string | null }
  | { type: 'stopped' };
