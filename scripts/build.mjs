#!/usr/bin/env node
/**
 * After tsc: bundles the CLI with esbuild and builds the V8 startup snapshot.
 *
 *   dist/factx.cjs          the whole CLI in one file (bin/factx.js loads it when there is no snapshot)
 *   dist/factx-worker.cjs   the worker thread of --jobs N
 *   dist/factx-snapshot.cjs the snapshot entry (src/cli/snapshot.ts)
 *   dist/factx.blob         the snapshot, for this Node version only; dist/factx.blob.json says which
 *   dist/factx.blob.id      the same for the shell side of bin/factx.js: "<version> <flags,...> <node path>"
 *
 * A snapshot that cannot be built is not an error: factx then starts from the bundle.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
/**
 * Flags for building and for running the snapshot (V8 refuses a snapshot run with other flags).
 * - The snapshot cannot hold native regexp code: regexps stay interpreted.
 * - V8 rehashes every hash table of a snapshot for a fresh random hash seed on each start:
 *   with compromise's lexicon that is some 45 ms of the ~80 ms of deserialization. The heap is
 *   instead built under a seed drawn here, once per build (so per install, and not known to
 *   whoever writes the input text), and is not rehashed.
 */
const HASH_SEED = randomBytes(4).readUInt32BE(0) || 1;
export const SNAPSHOT_FLAGS = ['--regexp-interpret-all', `--hash-seed=${HASH_SEED}`, '--no-rehash-snapshot'];

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

const blob = join(DIST, 'factx.blob');
const meta = join(DIST, 'factx.blob.json');
const id = join(DIST, 'factx.blob.id');
for (const file of [id, meta, blob]) rmSync(file, { force: true });
if (process.env.FACTX_SNAPSHOT === '0') {
  console.log('factx: FACTX_SNAPSHOT=0: no startup snapshot built');
} else {
  const result = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', blob, '--build-snapshot', join(DIST, 'factx-snapshot.cjs')], {
    cwd: DIST,
    encoding: 'utf8',
  });
  if (result.status === 0) {
    const info = { node: process.version, platform: process.platform, arch: process.arch, flags: SNAPSHOT_FLAGS, bytes: statSync(blob).size };
    writeFileSync(meta, `${JSON.stringify(info, null, 2)}\n`);
    // written last: its presence says the blob is whole
    writeFileSync(id, `${process.version} ${SNAPSHOT_FLAGS.join(',')} ${process.execPath}\n`);
  } else {
    rmSync(blob, { force: true });
    const why = (result.stderr || result.error?.message || `exit ${result.status}`).trim().split('\n')[0];
    console.warn(`factx: startup snapshot not built (${why}); factx starts from dist/factx.cjs instead`);
  }
}
