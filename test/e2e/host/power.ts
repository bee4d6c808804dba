/**
 * A power port the test drives: `power.fire('suspend')` is the OS saying the computer is going
 * to sleep, as Electron's powerMonitor would. Nothing fires by itself.
 */
import type { PowerEvent, PowerPort } from '../../../electron/services/ports';

export interface ScriptedPower extends PowerPort {
  /** Delivers `event` to every subscriber now, as the OS would. */
  fire(event: PowerEvent): void;
  /** How many subscribers the core has (a test can check the core is listening before firing). */
  readonly listenerCount: number;
}

export function createScriptedPower(): ScriptedPower {
  const listeners = new Set<(event: PowerEvent) => void>();
  return {
    on(listener) {
      // A wrapper per subscription, so the same function subscribed twice needs two unsubscribes.
      const wrapped = (event: PowerEvent) => listener(event);
      listeners.add(wrapped);
      return () => {
        listeners.delete(wrapped);
      };
    },
    fire(event) {
      if (listeners.size === 0) throw new Error(`power.fire("${event}"): the core has not subscribed to power events.`);
      for (const listener of [...listeners]) listener(event);
    },
    get listenerCount() {
      return listeners.size;
    },
  };
}
