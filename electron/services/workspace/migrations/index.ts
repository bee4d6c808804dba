export { migrations, latestSchemaVersion } from './list';
export { migrate, pendingMigrations, readSchemaVersion, assertKnownSchemaVersion, type MigrationResult } from './runner';
export { metaKeys, genesisHash } from './0001-initial';
export type { Migration, MigrationContext } from './types';
