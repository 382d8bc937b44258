#!/usr/bin/env node
/**
 * After tsc: bundles the CLI with esbuild, then builds the V8 startup snapshot
 * (scripts/snapshot.mjs).
 *
 *   dist/factx.cjs          the whole CLI in one file (bin/factx.js loads it when there is no snapshot)
 *   dist/factx-worker.cjs   the worker thread of --jobs N
 *   dist/factx-snapshot.cjs the snapshot entry (src/cli/snapshot.ts)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // import.meta.url only serves the tsc build (dist/cli.js); the bundle is given its paths
  logOverride: { 'empty-import-meta': 'silent' },
  legalComments: 'none',
};

await Promise.all([
  build({
    ...common,
    entryPoints: [join(ROOT, 'src/cli.ts')],
    outfile: join(DIST, 'factx.cjs'),
    format: 'iife',
    globalName: 'factx',
    footer: { js: "if (typeof module !== 'undefined') module.exports = factx;" },
  }),
  build({ ...common, entryPoints: [join(ROOT, 'src/batch/worker.ts')], outfile: join(DIST, 'factx-worker.cjs'), format: 'cjs' }),
  // the snapshot builder runs a plain script: no module, no require of files
  build({ ...common, minify: true, entryPoints: [join(ROOT, 'src/cli/snapshot.ts')], outfile: join(DIST, 'factx-snapshot.cjs'), format: 'iife' }),
]);

// esbuild escapes non-ASCII text everywhere but in regular expression literals
// (compromise's /[-–—]/, a loader's /正在加载/): one such character makes V8 hold the
// whole bundle source as two-byte text, 2.7 MB instead of 1.3 MB in the snapshot,
// about 5 ms of every start. Escaped, the same regexps match the same text.
for (const bundle of ['factx.cjs', 'factx-worker.cjs', 'factx-snapshot.cjs']) {
  const file = join(DIST, bundle);
  writeFileSync(file, asciiOnly(readFileSync(file, 'utf8')));
}

/** Every non-ASCII UTF-16 unit as \uXXXX; an identity escape before one ("\–") is dropped. */
function asciiOnly(source) {
  return source.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, char) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

// the snapshot, in its own script: npm also runs it after installing the package
const snapshot = spawnSync(process.execPath, [join(ROOT, 'scripts', 'snapshot.mjs')], { stdio: 'inherit' });
if (snapshot.status !== 0) process.exit(snapshot.status ?? 1);
