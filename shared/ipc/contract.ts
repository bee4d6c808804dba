/**
 * The one list of calls the renderer can make and events main can push: each domain owns its
 * channels (shared/<domain>/channels.ts) and this file joins them. Each channel pairs a zod
 * schema for its input (checked in the core before any service runs) with the type of its
 * result. Handlers, the preload and the renderer are all typed from here.
 */
import { z } from 'zod';
import { areaIds, type AreaId } from '../product';
import type { ErrorInfo } from '../errors';
import { appChannels } from '../app/channels';
import { workspaceChannels } from '../workspace/channels';
import { deadlineChannels } from '../deadlines/channels';
import { reviewChannels } from '../reviews/channels';
import { peopleChannels } from '../people/channels';
import { chronologyChannels } from '../chronology/channels';
import { documentChannels } from '../documents/channels';
import { termsChannels } from '../terms/channels';
import { exportChannels } from '../exports/channels';
import { jobChannels } from '../jobs/channels';
import { agencyReturnChannels } from '../agency-returns/channels';
import { interviewChannels } from '../interviews/channels';
import { actionChannels, findingChannels, learningChannels } from '../findings/channels';
import { jobEndedSchema, jobProgressSchema } from '../jobs';

export type { AppInfo } from '../app/channels';
export type { BankHolidaysInfo } from '../deadlines/channels';

export const contract = {
  ...appChannels,
  ...workspaceChannels,
  ...deadlineChannels,
  ...reviewChannels,
  ...peopleChannels,
  ...chronologyChannels,
  ...documentChannels,
  ...termsChannels,
  ...exportChannels,
  ...jobChannels,
  ...agencyReturnChannels,
  ...interviewChannels,
  ...findingChannels,
  ...actionChannels,
  ...learningChannels,
};

/** Each domain's channel names: a domain's handlers are typed from its own list. */
export type AppChannel = keyof typeof appChannels;
export type WorkspaceChannel = keyof typeof workspaceChannels;
export type DeadlineChannel = keyof typeof deadlineChannels;
export type ReviewChannel = keyof typeof reviewChannels;
export type PeopleChannel = keyof typeof peopleChannels;
export type ChronologyChannel = keyof typeof chronologyChannels;
export type DocumentChannel = keyof typeof documentChannels;
export type TermsChannel = keyof typeof termsChannels;
export type ExportChannel = keyof typeof exportChannels;
export type JobChannel = keyof typeof jobChannels;
export type AgencyReturnChannel = keyof typeof agencyReturnChannels;
export type InterviewChannel = keyof typeof interviewChannels;
export type FindingChannel = keyof typeof findingChannels;
export type ActionChannel = keyof typeof actionChannels;
export type LearningChannel = keyof typeof learningChannels;

/** Events main pushes to the renderer, with the shape of their payload. */
export const events = {
  /** The application menu asked to show an area (View menu, Ctrl+1…7). */
  'app:navigate': z.object({ area: z.enum(areaIds) }),
  /** The workspace was locked (by the user, idle time, suspend or screen lock): drop its data. */
  'workspace:locked': z.object({ reason: z.enum(['user', 'idle', 'suspend', 'screen-lock', 'restore', 'stopped', 'damaged']) }),
  /** A backup was taken with a second backup folder chosen: why its copy there failed (in words), or null when it was written. */
  'backup:second-copy': z.object({ problem: z.string().max(6000).nullable() }),
  /** How far a long operation (import, export, duplicates, backup, restore, re-encryption) has got. */
  'job:progress': jobProgressSchema,
  /** A job finished, was cancelled or failed: the progress display for it can go. */
  'job:ended': jobEndedSchema,
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
