import type { Db } from '../../sqlite';
import type { Clock } from '../db/clock';

/** What a migration may need besides the database: facts about the app and the moment it runs. */
export interface MigrationContext {
  /** The version of the app applying the migration (recorded by 0001 as the creating version). */
  appVersion: string;
  now: Clock;
  /** Random identifiers; defaults to crypto.randomUUID. */
  newId?: () => string;
}

/**
 * One schema step, in its own file `NNNN-description.ts`. `up` runs inside the runner's
 * transaction: it must not BEGIN/COMMIT itself, and it must not touch `PRAGMA user_version`.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Db, context: MigrationContext): void;
  /**
   * For SQLite's table-rebuild recipe (create new, copy, drop old, rename): the runner turns
   * foreign keys off around the transaction and runs foreign_key_check before committing.
   */
  foreignKeysOff?: boolean;
}
