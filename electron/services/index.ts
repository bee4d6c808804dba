/** The application core as its hosts see it: build it from ports, then dispatch calls to it. */
export { createCore, createHandlers, type Core, type Handlers } from './core';
export { dispatch, toErrorInfo } from './dispatch';
export { systemTimers } from './ports';
export type {
  Ports,
  AppIdentity,
  DialogsPort,
  OpenDialogOptions,
  SaveDialogOptions,
  ConfirmOptions,
  FileFilter,
  PreferencesPort,
  PowerPort,
  PowerEvent,
  TimersPort,
} from './ports';
export type { KeychainPort } from './workspace/keys';
export { createLogger, type Logger } from './log';
export { decodeResult, encodeResult } from './worker/protocol';
export { coreStoppedMessage, startCore, type CoreClient, type CoreHostPorts, type CoreStartOptions } from './worker/client';
