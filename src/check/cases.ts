/** Finds the golden-check cases: `<dir>/<case>.txt` beside `<case>.expected.json`. */
import { readdir, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { FactxError } from '../errors.js';
import { parseCaseOptions, type CaseOptions } from './case-options.js';
import { fsError, readOptional, readText } from './files.js';

export interface CheckCase {
  /** The input path as given, joined: "fixtures/lamar-odom.txt"; also `Facts.source`. */
  input: string;
  /** "fixtures/lamar-odom.expected.json" */
  golden: string;
  text: string;
  options: CaseOptions;
}

/** Directories give every *.txt directly inside, sorted; files must be .txt. */
export async function findCasePaths(paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => {
      throw fsError(error, path);
    });
    if (info.isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true }).catch((error: unknown) => {
        throw fsError(error, path);
      });
      const names = entries.filter((e) => e.name.endsWith('.txt') && !e.isDirectory()).map((e) => e.name);
      found.push(...names.sort().map((name) => posix(join(path, name))));
    } else if (path.endsWith('.txt')) {
      found.push(posix(normalize(path)));
    } else {
      throw new FactxError(`not a case: ${path} (expected a directory or a .txt file)`, 'USAGE');
    }
  }
  return [...new Set(found)];
}

/** Reads a case's input and validates its sidecar, before anything is checked. */
export async function loadCase(input: string): Promise<CheckCase> {
  const stem = input.slice(0, -'.txt'.length);
  const sidecar = `${stem}.options.json`;
  const sidecarText = await readOptional(sidecar);
  return {
    input,
    golden: `${stem}.expected.json`,
    text: await readText(input),
    options: sidecarText === null ? {} : parseCaseOptions(sidecarText, sidecar),
  };
}

// "fixtures\\a.txt" -> "fixtures/a.txt": sources in golden files do not depend on the OS.
function posix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
