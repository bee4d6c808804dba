/**
 * The values the schemas constrain (GUIDType, RGBType, xsd:dateTime), checked before they are
 * written: a file another program refuses is worse than an export that stops and says why.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../../../shared/errors';

// The schemas' GUIDType accepts either case, so the lower-case GUIDs crypto.randomUUID gives are
// written as they are; only the shape is checked.
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function guid(value: string, what: string): string {
  if (!guidPattern.test(value)) throw new AppError('validation', `The ${what} has no valid identifier (“${value}”), so it cannot be written to a REFI-QDA file.`);
  return value;
}

/**
 * A GUID for an element we have no identifier of our own for (one Coding per code of a coded
 * passage, a memo's Note), derived from its owner's (a name-based UUID, RFC 4122 version 5):
 * exporting the same conversations twice gives the same file.
 */
export function derivedGuid(owner: string, role: string): string {
  const namespace = Buffer.from(owner.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(role, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The RGBType colour, or none: a colour is decoration, not a reason to stop an export. */
export function colour(value: string): string | undefined {
  return /^#[0-9a-f]{6}$/i.test(value) ? value : undefined;
}

/** An ISO date as xsd:dateTime (UTC, with its Z). */
export function dateTime(value: string, what: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new AppError('validation', `The ${what} has no valid date (“${value}”), so it cannot be written to a REFI-QDA file.`);
  return new Date(time).toISOString();
}
