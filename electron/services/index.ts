/** The application core as its hosts see it: build it from ports, then dispatch calls to it. */
export { createHandlers, type Handlers } from './handlers';
export { dispatch, toErrorInfo } from './dispatch';
export type { Ports, AppIdentity } from './ports';
export { createLogger, type Logger } from './log';
