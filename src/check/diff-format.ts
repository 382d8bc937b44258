/** Short, one-line renderings of JSON values for the per-fact diff. */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const MAX = 80;

/** 45, null, "Lamar", a span as "KoKo"@512, a list as ["a", "b"]; `{ label }` as is. */
export function formatValue(value: unknown): string {
  if (isRecord(value) && typeof value.label === 'string') return value.label;
  if (isRecord(value) && typeof value.text === 'string' && typeof value.start === 'number') {
    return `${quote(value.text)}@${value.start}`;
  }
  if (Array.isArray(value)) return clip(`[${value.map(formatValue).join(', ')}]`);
  if (typeof value === 'string') return quote(value);
  return clip(JSON.stringify(value) ?? 'undefined');
}

/** `age 45 -> 46`, `aliases + "KoKo"`, `mentions - "Odom"@20, + "Lamar"@300`. */
export function formatChange(field: string, before: unknown, after: unknown): string {
  if (!Array.isArray(before) || !Array.isArray(after)) {
    return `${field} ${formatValue(before)} -> ${formatValue(after)}`;
  }
  const removed = without(before.map(formatValue), after.map(formatValue)).map((v) => `- ${v}`);
  const added = without(after.map(formatValue), before.map(formatValue)).map((v) => `+ ${v}`);
  const parts = [...removed, ...added];
  if (parts.length === 0) return `${field} reordered: ${formatValue(before)} -> ${formatValue(after)}`;
  const shown = parts.slice(0, 6).join(', ');
  return parts.length > 6 ? `${field} ${shown}, … (${parts.length - 6} more)` : `${field} ${shown}`;
}

export function quote(text: string): string {
  return clip(JSON.stringify(text));
}

function clip(text: string): string {
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

// Multiset difference: ["a", "a", "b"] without ["a"] -> ["a", "b"].
function without(values: string[], remove: string[]): string[] {
  const left = [...remove];
  return values.filter((value) => {
    const i = left.indexOf(value);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}
