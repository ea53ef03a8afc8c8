/**
 * Field checks for everything Handoff stores, shared by the export/import file check
 * (validate-rows.ts), the settings reader (validate-settings.ts) and the message guards. A check
 * takes any value and returns null when it is fine, or what is wrong in a few words ("must be a
 * list of strings"). Callers add the field's name: `"tables.people" item 3: "emails" must be …`.
 */
import { isValidZone } from '@/lib/analysis/deadlines/zones';

export type Check = (value: unknown) => string | null;

/** A field that may be absent (undefined); when present it must pass `check`. */
export interface Optional {
  optional: Check;
}

/** The fields of a row and how each is checked. Fields not named here are left alone. */
export type Shape = Record<string, Check | Optional>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const optional = (check: Check): Optional => ({ optional: check });

export const string =
  (maxLength = 100_000): Check =>
  (v) =>
    typeof v !== 'string' ? 'must be text' : v.length > maxLength ? `must be at most ${maxLength} characters` : null;

export const nonEmptyString =
  (maxLength = 100_000): Check =>
  (v) =>
    typeof v === 'string' && v.trim() === '' ? 'must not be empty' : string(maxLength)(v);

export const boolean: Check = (v) => (typeof v === 'boolean' ? null : 'must be true or false');

/** A finite number within [min, max]. */
export const number =
  (min: number, max: number): Check =>
  (v) =>
    typeof v !== 'number' || !Number.isFinite(v) ? 'must be a number' : v < min || v > max ? `must be between ${min} and ${max}` : null;

export const integer =
  (min: number, max: number): Check =>
  (v) =>
    typeof v !== 'number' || !Number.isInteger(v) ? 'must be a whole number' : number(min, max)(v);

/** An instant, epoch ms, that Date can hold (±8.64e15; negative instants are not Handoff's). */
export const MAX_INSTANT = 8.64e15;
export const instant: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_INSTANT ? null : 'must be a time (epoch ms)');

/** Row ids as Dexie's `++id` gives them. */
export const rowId: Check = integer(1, Number.MAX_SAFE_INTEGER);

export const oneOf =
  <T extends string>(values: readonly T[]): Check =>
  (v) =>
    typeof v === 'string' && (values as readonly string[]).includes(v) ? null : `must be one of ${values.map((x) => `"${x}"`).join(', ')}`;

export const nullable =
  (check: Check): Check =>
  (v) =>
    v === null ? null : check(v);

export const listOf =
  (check: Check, maxItems = 100_000): Check =>
  (v) => {
    if (!Array.isArray(v)) return 'must be a list';
    if (v.length > maxItems) return `must have at most ${maxItems} items`;
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i]);
      if (problem) return `item ${i + 1} ${problem}`;
    }
    return null;
  };

export const zone: Check = (v) => (typeof v === 'string' && isValidZone(v) ? null : 'must be a known IANA time zone such as "Europe/Berlin"');

/** "09:00": a 24-hour wall clock. */
export const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
export const clock: Check = (v) => (typeof v === 'string' && CLOCK.test(v) ? null : 'must be a time like "09:00"');

/** ISO weekdays 1 (Monday) … 7 (Sunday), each at most once. */
export const weekdays: Check = (v) => {
  const problem = listOf(integer(1, 7), 7)(v);
  if (problem) return problem;
  return new Set(v as number[]).size === (v as number[]).length ? null : 'must name each day once';
};

/** A nested object checked field by field. */
export const shape =
  (fields: Shape): Check =>
  (v) => {
    if (!isRecord(v)) return 'must be an object';
    const problem = checkShape(v, fields);
    return problem ? `has ${problem}` : null;
  };

export const workingHours: Check = (v) => {
  const problem = shape({ start: clock, end: clock, days: weekdays })(v);
  if (problem) return problem;
  const { start, end } = v as { start: string; end: string };
  return start < end ? null : 'must start before it ends';
};

/** The first field of `row` that fails its check, as `"field" reason`; null when every field passes. */
export function checkShape(row: Record<string, unknown>, fields: Shape): string | null {
  for (const [field, spec] of Object.entries(fields)) {
    const value = Object.hasOwn(row, field) ? row[field] : undefined;
    if (typeof spec === 'function') {
      if (value === undefined) return `no "${field}"`;
      const problem = spec(value);
      if (problem) return `"${field}" that ${problem}`;
    } else if (value !== undefined) {
      const problem = spec.optional(value);
      if (problem) return `"${field}" that ${problem}`;
    }
  }
  return null;
}
