/**
 * Builds window.api from the IPC contract and nothing else. It runs sandboxed, so it may use only
 * 'electron' (bundled into one CommonJS file by scripts/build.mjs). Channel and event names are
 * checked here as well as in main, so a typo or an injected name never reaches ipcRenderer.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  isChannel,
  isEventName,
  type Api,
  type Channel,
  type ChannelInput,
  type ChannelResult,
  type EventName,
  type EventPayload,
  type IpcResult,
} from '../../shared/ipc/contract';

const decoder = new TextDecoder();
const unreachable: IpcResult<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'The app could not complete the request. Try again; if it keeps happening, restart the app.' },
};

const api = {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelResult<C>>> {
    if (!isChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'validation', message: 'The app asked for something it does not know how to do.' },
      });
    }
    // Main answers every call with an IpcResult as JSON bytes (parsed here, in the window's
    // process, so main never rebuilds a large result); a rejection means the call never reached
    // a handler (e.g. the app is shutting down), which the renderer sees as a result too.
    return ipcRenderer
      .invoke(channel, input)
      .then((answer: unknown) => (answer instanceof Uint8Array ? (JSON.parse(decoder.decode(answer)) as IpcResult<ChannelResult<C>>) : unreachable))
      .catch(() => unreachable);
  },
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    if (!isEventName(event)) throw new Error(`Unknown app event: ${String(event)}`);
    // The IpcRendererEvent carries `sender` (ipcRenderer itself): handing it to the page would
    // give the page IPC access, so only the payload crosses.
    const forward = (_event: IpcRendererEvent, payload: EventPayload<E>) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
