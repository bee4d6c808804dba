/**
 * The core's power port: the operating system's suspend and screen-lock signals, from Electron's
 * powerMonitor, which auto-lock turns into locking the workspace. powerMonitor may be used only
 * once the app is ready, so lifecycle.ts builds this port in its ready handler.
 *
 * Electron emits 'lock-screen' on macOS and Windows only; on Linux idle locking still applies.
 */
import type { PowerMonitor } from 'electron';
import { createLogger, type PowerEvent, type PowerPort } from '../services';

const log = createLogger('power');

export type PowerMonitorApi = Pick<PowerMonitor, 'on' | 'removeListener'>;

export function createPowerPort(powerMonitor: PowerMonitorApi): PowerPort {
  return {
    on: (listener) => {
      const deliver = (event: PowerEvent) => {
        try {
          listener(event);
        } catch (error) {
          // Thrown from an EventEmitter listener, this would be an uncaught error in main.
          log.error('a power event listener failed', { event, type: error instanceof Error ? error.name : typeof error });
        }
      };
      const onSuspend = () => deliver('suspend');
      const onLockScreen = () => deliver('lock-screen');
      powerMonitor.on('suspend', onSuspend);
      powerMonitor.on('lock-screen', onLockScreen);
      return () => {
        powerMonitor.removeListener('suspend', onSuspend);
        powerMonitor.removeListener('lock-screen', onLockScreen);
      };
    },
  };
}
