/** Read annotated JSON Lines (eval/README.md); errors name file:line. */
import { readFile } from 'node:fs/promises';
import { EvalError } from './errors.js';
import { parseDoc } from './gold-parse.js';
import type { GoldDoc } from './gold-types.js';
import type { Json } from './validate.js';

export async function readGold(path: string): Promise<GoldDoc[]> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new EvalError('INPUT', `cannot read ${path} (${reason})`);
  }
  return parseGold(content.replace(/^\uFEFF/, ''), path);
}

export function parseGold(content: string, file: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  content.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: Json;
    try {
      value = JSON.parse(raw) as Json;
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'invalid JSON';
      throw new EvalError('INPUT', `${file}:${line}: invalid JSON (${reason})`);
    }
    try {
      docs.push(parseDoc(value, file, line));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new EvalError('INPUT', `${file}:${line}: ${reason}`);
    }
  });
  if (docs.length === 0) throw new EvalError('INPUT', `${file}: no documents`);
  return docs;
}
