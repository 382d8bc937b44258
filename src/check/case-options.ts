/** The optional sidecar `<case>.options.json`: `{ "referenceDate": "2025-03-03" }`. */
import { FactxError } from '../errors.js';

export interface CaseOptions {
  referenceDate?: string | null;
}

const ALLOWED = ['referenceDate'];

/** Parses and validates a sidecar; any problem is an INPUT error naming `path`. */
export function parseCaseOptions(text: string, path: string): CaseOptions {
  const fail = (what: string): FactxError => new FactxError(`${path}: ${what}`, 'INPUT');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw fail('expected a JSON object');
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!ALLOWED.includes(key)) throw fail(`unknown option "${key}" (allowed: ${ALLOWED.join(', ')})`);
  }
  const options: CaseOptions = {};
  if ('referenceDate' in record) {
    const value = record.referenceDate;
    if (value !== null && !(typeof value === 'string' && isCalendarDate(value))) {
      throw fail(`referenceDate must be a date YYYY-MM-DD or null, got ${JSON.stringify(value)}`);
    }
    options.referenceDate = value;
  }
  return options;
}

/** "2025-03-03" yes; "2025-02-30", "2025-3-3", "2025-03-03T10:00" no. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
