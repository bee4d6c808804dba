/**
 * The project's resources/ folder, seen from the CLI. This file runs from electron/cli/ under
 * vitest and from dist/cli/prw.cjs once bundled: both two folders below the project root.
 */
import path from 'node:path';

export const resourcesDir = path.join(__dirname, '..', '..', 'resources');
