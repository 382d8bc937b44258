#!/bin/sh
':' /*-
# A shell script and an ES module at once. Run as `factx` (through the shebang),
# sh decides: for one document, when dist/factx.blob was built by this very node
# (dist/factx.blob.id: its version, flags and path), it execs node straight from
# the startup snapshot, one process instead of two; anything else execs node on
# this file. Run as `node bin/factx.js`, the JavaScript below does the same with a
# child node. The only fork on the way is `node --version` (3 ms).
self=$0
if [ -L "$self" ]; then self=$(readlink -f -- "$0" 2>/dev/null) || self=$0; fi
case $self in *[/]*) dir=${self%/*} ;; *) dir=. ;; esac
case $dir in /*) ;; *) dir=$PWD/$dir ;; esac
root=${dir%/bin}
one=
if [ "${FACTX_SNAPSHOT:-}" != 0 ] && [ -r "$root/dist/factx.blob.id" ] && read -r version flags exe <"$root/dist/factx.blob.id"; then
  one=1 paths=0 skip= rest=
  for arg do
    if [ -n "$skip" ]; then skip=; continue; fi
    if [ -z "$rest" ]; then
      case $arg in
        --input | --input=*) one=; break ;;
        -f | --format | --ref-date | -j | --jobs | --max-bytes) skip=1; continue ;;
        --) rest=1; continue ;;
        -) ;;
        -*) continue ;;
        check | eval) [ "$paths" = 0 ] && { one=; break; } ;;
      esac
    fi
    paths=$((paths + 1))
    if [ "$paths" -gt 1 ] || [ -d "$arg" ]; then one=; break; fi
  done
  if [ -n "$one" ]; then
    node=$(command -v node) || one=
    [ "$node" = "$exe" ] || [ "$(readlink -f -- "$node" 2>/dev/null)" = "$exe" ] || one=
    [ -n "$one" ] && [ "$(node --version)" = "$version" ] || one=
  fi
fi
if [ -n "$one" ]; then
  IFS=,; set -- $flags --snapshot-blob "$root/dist/factx.blob" -- "$root/" "$@"; unset IFS
  exec node "$@"
fi
exec node "$self" "$@"
*/
// The JavaScript side (and the shell side's fallback). One document: start from the
// V8 startup snapshot (dist/factx.blob) in a child node, which skips loading
// compromise; anything else, or no usable snapshot, or FACTX_SNAPSHOT=0: run the
// bundled CLI (dist/factx.cjs) here.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const args = process.argv.slice(2);

const snapshot = process.env.FACTX_SNAPSHOT !== '0' && oneDocument(args) ? usableSnapshot() : null;
if (snapshot) {
  const child = spawnSync(process.execPath, [...snapshot.flags, '--snapshot-blob', `${dist}factx.blob`, '--', root, ...args], { stdio: 'inherit' });
  if (child.signal) process.kill(process.pid, child.signal);
  process.exitCode = child.status ?? 1;
} else {
  let bundle;
  try {
    bundle = createRequire(import.meta.url)('../dist/factx.cjs');
  } catch (error) {
    if (error?.code !== 'MODULE_NOT_FOUND') throw error;
    // a checkout where `npm install` (which builds) has not run
    console.error(`factx: ${dist}factx.cjs is missing: run \`npm install\` (or \`npm run build\`) in ${root}`);
    process.exit(1);
  }
  bundle.main(process.argv, { root, workerScript: `${dist}factx-worker.cjs` });
}

/** The blob exists, is whole, and was built by this very node. */
function usableSnapshot() {
  try {
    const meta = JSON.parse(readFileSync(`${dist}factx.blob.json`, 'utf8'));
    const ok = meta.node === process.version && meta.arch === process.arch && meta.platform === process.platform && statSync(`${dist}factx.blob`).size === meta.bytes;
    return ok ? meta : null;
  } catch {
    return null;
  }
}

/** `factx [options] [file]`: no subcommand, no --input, at most one path, not a directory. */
function oneDocument(argv) {
  const VALUE = new Set(['-f', '--format', '--ref-date', '--input', '-j', '--jobs', '--max-bytes']);
  let paths = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--input' || arg.startsWith('--input=')) return false;
    if (VALUE.has(arg)) i++;
    else if (arg === '--') {
      const rest = argv.slice(i + 1);
      return paths + rest.length <= 1 && !rest.some(isDirectory);
    }
    else if (arg === '-' || !arg.startsWith('-')) {
      if (++paths > 1 || (paths === 1 && (arg === 'check' || arg === 'eval')) || isDirectory(arg)) return false;
    }
  }
  return true;
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
