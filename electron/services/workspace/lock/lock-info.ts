/** What `workspace.lock` holds. Locks written before the process start and instance id were recorded still read. */
import { z } from 'zod';

const lockSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string().min(1).max(255),
  /** When the lock was taken (ISO 8601). */
  startedAt: z.string().min(1).max(64),
  app: z.string().max(200),
  /** The holder's start token (process-identity.ts); null where it cannot be read; absent in older locks. */
  processStart: z.string().max(200).nullable().optional(),
  /** The holder's app instance id; absent in older locks. */
  instance: z.string().max(100).optional(),
});

export type LockInfo = z.infer<typeof lockSchema>;

export function parseLock(text: string): LockInfo | undefined {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
