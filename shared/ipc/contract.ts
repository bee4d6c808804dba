/**
 * The one list of calls the renderer can make and events main can push.
 * Each channel pairs a zod schema for its input (checked in main before any service runs)
 * with the type of its result. Handlers, the preload and the renderer are all typed from here.
 */
import { z } from 'zod';
import { areaIds, type AreaId } from '../product';
import type { ErrorInfo } from '../errors';

/** Declares a channel: the input schema is real, the result type exists only for the compiler. */
function channel<Input extends z.ZodType, Result>(input: Input) {
  return { input, result: undefined as unknown as Result };
}

const noInput = z.object({}).strict();

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** SQLite and its cipher extension, read from the native module actually loaded. */
  sqlite: { version: string; cipher: string };
}

export const contract = {
  'app:info': channel<typeof noInput, AppInfo>(noInput),
};

/** Events main pushes to the renderer, with the shape of their payload. */
export const events = {
  /** The application menu asked to show an area (View menu, Ctrl+1…5). */
  'app:navigate': z.object({ area: z.enum(areaIds) }),
};

export type Channel = keyof typeof contract;
export type ChannelInput<C extends Channel> = z.input<(typeof contract)[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type ChannelResult<C extends Channel> = (typeof contract)[C]['result'];

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export const channelNames = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}

/** What the preload puts on window.api, and what the e2e test host's bridge imitates. */
export interface Api {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelResult<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export type { AreaId };
