/**
 * Serves the IPC contract to the app's window. Every channel goes through handle(): it refuses
 * callers other than the app's own page, then relays the call to the core's thread, where
 * dispatch() validates the input and turns every outcome (including a thrown error) into an
 * IpcResult.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channelNames, type Channel, type IpcResult } from '../../shared/ipc/contract';
import { createLogger, encodeResult } from '../services';
import { isAppUrl } from './origin';

const log = createLogger('ipc');

/**
 * Hands a call to the core (CoreClient.invokeEncoded): always answers with an IpcResult as JSON
 * bytes, which go to the window as they are and are parsed by the preload (see
 * electron/services/worker/protocol.ts for why main never rebuilds the objects).
 */
export type Invoke = (channel: Channel, input: unknown) => Promise<Uint8Array>;

/** True for the webContents of the app's own window (and nothing else, e.g. a devtools page). */
export type IsAppContents = (contents: WebContents) => boolean;

const forbiddenResult: IpcResult<never> = {
  ok: false,
  error: {
    code: 'forbidden',
    message: "This request did not come from the app's own window, so it was refused. Restart the app if this keeps happening.",
  },
};
export const forbidden: Uint8Array = encodeResult(forbiddenResult);

/**
 * The caller must be the main frame of the app's window showing the app's own origin.
 * A subframe, another window or a page that navigated elsewhere is refused, even though the
 * CSP and navigation guard should already make those impossible.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, isAppContents: IsAppContents): boolean {
  try {
    const frame = event.senderFrame;
    // null when the frame navigated or was destroyed before the call arrived.
    if (!frame || frame.parent !== null) return false;
    if (!isAppContents(event.sender)) return false;
    return isAppUrl(frame.url);
  } catch {
    // A disposed WebFrameMain throws on property access: such a caller is no longer the app.
    return false;
  }
}

export function handle(ipcMain: Pick<IpcMain, 'handle'>, channel: Channel, invoke: Invoke, isAppContents: IsAppContents): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<Uint8Array> => {
    if (!isTrustedSender(event, isAppContents)) {
      log.warn('refused a call from outside the app', { channel });
      return forbidden;
    }
    return invoke(channel, input);
  });
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, invoke: Invoke, isAppContents: IsAppContents): void {
  for (const channel of channelNames) handle(ipcMain, channel, invoke, isAppContents);
}
