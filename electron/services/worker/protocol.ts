/**
 * The messages between the host (Electron's main process, or the e2e test host) and the core
 * running in its worker thread. The host keeps what only it can do — windows and their dialogs,
 * the OS keychain, power events, the preferences file — and the core asks for those through
 * `ask`; every renderer call crosses as `call` and is validated inside the core (dispatch).
 */
import type { IpcResult } from '../../../shared/ipc/contract';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Results cross as JSON bytes, not as objects: a 50,000-entry list structured-cloned into the
 * host would be rebuilt object by object on the host's thread (over a second, the window frozen
 * meanwhile). Bytes are transferred without a copy, passed to the window as they are (Electron's
 * IPC copies a byte array in one go; the e2e host writes them as the response body) and parsed
 * only in the window, which needs the objects. Every result is plain JSON data (the e2e host has
 * always sent them as JSON), so nothing is lost.
 */
export function encodeResult(result: IpcResult<unknown>): Uint8Array {
  return encoder.encode(JSON.stringify(result));
}

export function decodeResult(json: Uint8Array): IpcResult<unknown> {
  return JSON.parse(decoder.decode(json)) as IpcResult<unknown>;
}
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
  /** The IpcResult as JSON bytes, transferred: see encodeResult. */
  | { type: 'result'; id: number; json: Uint8Array }
  | { type: 'emit'; event: string; payload: unknown }
  | { type: 'ask'; id: number; request: PortRequest }
  | { type: 'preferences'; settings?: Settings; recentPaths?: string[] }
  /** The workspace whose lock file the core holds now (null: none), so the host can release it if the core dies. */
  | { type: 'holding'; dir: string | null }
  | { type: 'stopped' };
