#!/usr/bin/env node
/**
 * Builds the V8 startup snapshot of factx from dist/factx-snapshot.cjs (the
 * bundled src/cli/snapshot.ts) for the node that runs this script:
 *
 *   dist/factx.blob       the snapshot, for this node only; dist/factx.blob.json says which
 *   dist/factx.blob.id    the same for the shell side of bin/factx.js: "<version> <flags,...> <node path>"
 *
 * Run by `npm run build` (scripts/build.mjs) in a clone, and as the package's
 * postinstall (`--after-install`) where npm installed factx, since a snapshot
 * only serves the node that built it. Never an error: without a snapshot (no
 * bundle yet, a read-only install, `npm install --ignore-scripts`,
 * FACTX_SNAPSHOT=0, another node) factx starts from dist/factx.cjs, same output.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(import.meta.dirname, '..', 'dist');
const ENTRY = join(DIST, 'factx-snapshot.cjs');
const afterInstall = process.argv.includes('--after-install');

/**
 * Flags for building and for running the snapshot (V8 refuses a snapshot run with other flags).
 * - The snapshot cannot hold native regexp code: regexps stay interpreted.
 * - V8 rehashes every hash table of a snapshot for a fresh random hash seed on each start:
 *   with compromise's lexicon that is some 45 ms of the ~80 ms of deserialization. The heap is
 *   instead built under a seed drawn here, once per build (so per install, and not known to
 *   whoever writes the input text), and is not rehashed.
 */
const HASH_SEED = randomBytes(4).readUInt32BE(0) || 1;
/**
 * - A run from the snapshot is short: with V8's default interrupt budget TurboFan starts
 *   optimising functions a one-article run is about to leave, on the main thread. Eight
 *   times the budget (540672 bytes of bytecode) keeps it for longer runs: ~13 ms less on
 *   the fixture article, and a 300 KB document is no slower (3.1 s against 3.3 s).
 */
const INTERRUPT_BUDGET = 8 * 67584;
const SNAPSHOT_FLAGS = ['--regexp-interpret-all', `--hash-seed=${HASH_SEED}`, '--no-rehash-snapshot', `--interrupt-budget=${INTERRUPT_BUDGET}`];

const blob = join(DIST, 'factx.blob');
const meta = join(DIST, 'factx.blob.json');
const id = join(DIST, 'factx.blob.id');

// in a clone, npm runs postinstall before prepare has bundled anything: the build makes the snapshot
if (afterInstall && !existsSync(ENTRY)) process.exit(0);
try {
  for (const file of [id, meta, blob]) rmSync(file, { force: true });
} catch (error) {
  skip(`cannot write in ${DIST} (${error.code ?? error.message})`);
}
if (process.env.FACTX_SNAPSHOT === '0') skip('FACTX_SNAPSHOT=0', 'log');

// built beside, renamed into place: a blob is whole or absent
const building = `${blob}.${process.pid}`;
const result = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', building, '--build-snapshot', ENTRY], { cwd: DIST, encoding: 'utf8' });
if (result.status !== 0) {
  rmSync(building, { force: true });
  skip((result.stderr || result.error?.message || `exit ${result.status}`).trim().split('\n')[0]);
}
try {
  renameSync(building, blob);
  const info = { node: process.version, platform: process.platform, arch: process.arch, flags: SNAPSHOT_FLAGS, bytes: statSync(blob).size };
  writeFileSync(meta, `${JSON.stringify(info, null, 2)}\n`);
  // written last: its presence says the blob is whole
  writeFileSync(id, `${process.version} ${SNAPSHOT_FLAGS.join(',')} ${process.execPath}\n`);
} catch (error) {
  for (const file of [id, meta, blob, building]) rmSync(file, { force: true });
  skip(error.code ?? error.message);
}

/** No snapshot: say why in one line, and exit 0. */
function skip(why, level = 'warn') {
  console[level](`factx: startup snapshot not built (${why}); factx starts from dist/factx.cjs instead`);
  process.exit(0);
}
