/**
 * Pushes an event from the contract's `events` to the app's page. The payload is checked with
 * the event's schema first: a payload that does not match is a bug in main or the core, and is
 * dropped (and logged by event name only) rather than handed to the renderer.
 */
import type { WebContents } from 'electron';
import { events, isEventName, type EventName, type EventPayload } from '../../shared/ipc/contract';
import { createLogger } from '../services';

const log = createLogger('emit');

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** The main window's page, or undefined when there is no window (or it has gone). */
export type EventTarget = () => Pick<WebContents, 'send' | 'isDestroyed'> | undefined;

export function createEmit(target: EventTarget): Emit {
  return (event, payload) => {
    if (!isEventName(event)) {
      log.error('dropped an event that is not in the contract');
      return;
    }
    const parsed = events[event].safeParse(payload);
    if (!parsed.success) {
      log.error('dropped an event whose payload does not match the contract', { event });
      return;
    }
    const contents = target();
    // No window (macOS keeps running without one, or the window is closing): nobody to tell.
    if (!contents || contents.isDestroyed()) return;
    try {
      contents.send(event, parsed.data);
    } catch (error) {
      // The page can go away between the check and the send.
      log.warn('could not send an event to the window', { event, type: error instanceof Error ? error.name : typeof error });
    }
  };
}
