/** JSON renderers: the golden files and `--format json|ndjson` are exactly this text. */
import type { Facts } from '../types.js';

/** Pretty JSON, 2-space indent, one trailing newline. */
export function renderJson(facts: Facts): string {
  return `${JSON.stringify(facts, null, 2)}\n`;
}

/** Compact JSON on one line, one trailing newline. */
export function renderNdjson(facts: Facts): string {
  return `${JSON.stringify(facts)}\n`;
}
