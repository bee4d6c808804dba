import { z } from 'zod';

/**
 * "Export anyway": the reason the user gives for exporting an anonymised copy while names the
 * people register does not know remain. Recorded with the export; the audit log records that it
 * happened.
 */
export const allowUnresolvedSchema = z.string().trim().min(5, 'Say why the names can stay (a few words at least).').max(500);
