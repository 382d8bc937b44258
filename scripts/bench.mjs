#!/usr/bin/env node
/**
 * `npm run bench`: cold start, throughput against a floor, and peak memory of
 * a stream; medians of repeated runs, all measured in this one invocation.
 * Not part of `npm test`. BENCH_RUNS=n changes the number of repeats.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'factx.js');
const EVAL = join(ROOT, '..', 'shared', 'eval');
const RUNS = Number(process.env.BENCH_RUNS ?? 0) || null;
const tmp = mkdtempSync(join(tmpdir(), 'factx-bench-'));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const words = (text) => text.split(/\s+/).filter(Boolean).length;
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Runs node (or `command`) to the end with stdin from a file (or nothing) and stdout discarded; wall seconds. */
function time(args, { stdin = null, env = {}, command = process.execPath } = {}) {
  return new Promise((resolve, reject) => {
    const input = stdin ? openSync(stdin, 'r') : 'ignore';
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, stdio: [input, 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (typeof input === 'number') closeSync(input);
      if (code !== 0) reject(new Error(`${args.join(' ')}: exit ${code}: ${stderr}`));
      else resolve((performance.now() - started) / 1000);
    });
  });
}

/** The evaluation texts, or the fixtures when ../shared is not there. */
function sourceTexts() {
  if (existsSync(EVAL)) {
    const docs = [];
    for (const file of readdirSync(EVAL).filter((name) => name.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(EVAL, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const doc = JSON.parse(line);
        docs.push({ id: doc.id, text: doc.text, date: doc.dct ?? null });
      }
    }
    return { docs, from: `${EVAL} (${docs.length} texts)` };
  }
  console.log(`note: ${EVAL} is missing; the corpus is built from fixtures/*.txt instead`);
  const fixtures = join(ROOT, 'fixtures');
  const docs = readdirSync(fixtures).filter((name) => name.endsWith('.txt')).sort().map((name) => ({ id: name, text: readFileSync(join(fixtures, name), 'utf8'), date: null }));
  return { docs, from: `fixtures/ (${docs.length} texts)` };
}

/** `count` documents (or at least `minWords` words), the texts repeated as needed, as an ndjson file. */
function corpus(name, docs, { count = Infinity, minWords = 0 }) {
  const lines = [];
  let total = 0;
  for (let i = 0; lines.length < count && (count !== Infinity || total < minWords); i++) {
    const doc = docs[i % docs.length];
    lines.push(JSON.stringify({ id: `${doc.id}#${Math.floor(i / docs.length)}`, text: doc.text, date: doc.date }));
    total += words(doc.text);
  }
  const path = join(tmp, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, documents: lines.length, words: total };
}

/**
 * `factx` as installed: bin/factx.js run through its shebang (what npm links
 * into node_modules/.bin), with this node first on PATH. `node bin/factx.js`,
 * which needs a second node for the snapshot, is shown beside it.
 */
async function coldStart(runs) {
  const node = [];
  const factx = [];
  const viaNode = [];
  const env = { PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };
  const article = ['fixtures/lamar-odom.txt'];
  for (let i = 0; i < 3; i++) await time(article, { command: BIN, env }); // warm the file cache
  for (let i = 0; i < runs; i++) {
    node.push(await time(['-e', '0']));
    factx.push(await time(article, { command: BIN, env }));
    viaNode.push(await time([BIN, ...article]));
  }
  const ratio = median(factx) / median(node);
  console.log(`1. cold start (median of ${runs}): factx fixtures/lamar-odom.txt ${fmt(median(factx) * 1000)} ms, node -e 0 ${fmt(median(node) * 1000)} ms: ${fmt(ratio, 2)} x  (target <= 3.00) ${ratio <= 3 ? 'MET' : 'NOT MET'}`);
  console.log(`   (node bin/factx.js fixtures/lamar-odom.txt, two node processes: ${fmt(median(viaNode) * 1000)} ms, ${fmt(median(viaNode) / median(node), 2)} x)`);
}

async function throughput(docs, runs) {
  const work = corpus('throughput.jsonl', docs, { minWords: 200_000 });
  console.log(`2. throughput: ${fmt(work.documents)} documents, ${fmt(work.words)} words (median of ${runs})`);
  const floor = [];
  const one = [];
  const two = [];
  for (let i = 0; i < runs; i++) {
    floor.push(await time([join(ROOT, 'scripts', 'bench-floor.mjs')], { stdin: work.path }));
    one.push(await time([BIN, '--input', 'ndjson', '--jobs', '1'], { stdin: work.path }));
    two.push(await time([BIN, '--input', 'ndjson', '--jobs', '2'], { stdin: work.path }));
  }
  const f = median(floor);
  const row = (label, seconds, target) => {
    const ratio = seconds / f;
    const verdict = target === null ? '' : `  (target <= ${fmt(target, 2)}) ${ratio <= target ? 'MET' : 'NOT MET'}`;
    console.log(`   ${label.padEnd(10)} ${fmt(seconds, 2).padStart(7)} s ${fmt(work.words / seconds).padStart(8)} words/s ${fmt(ratio, 2).padStart(6)} x floor${verdict}`);
  };
  row('floor', f, null);
  row('--jobs 1', median(one), 1.3);
  row('--jobs 2', median(two), 0.75);
}

async function memory(docs) {
  const peaks = [];
  for (const count of [1000, 5000]) {
    const work = corpus(`rss-${count}.jsonl`, docs, { count });
    const file = join(tmp, `rss-${count}`);
    const seconds = await time(['--import', join(ROOT, 'scripts', 'bench-rss.mjs'), BIN, '--input', 'ndjson'], { stdin: work.path, env: { FACTX_BENCH_RSS: file } });
    const rss = Number(readFileSync(file, 'utf8')) / 2 ** 20;
    peaks.push(rss);
    console.log(`   ${fmt(count).padStart(5)} documents (${fmt(work.words)} words, --jobs ${availableParallelism()}): peak RSS ${fmt(rss)} MB, ${fmt(seconds, 1)} s`);
  }
  const [small, large] = peaks;
  const growth = (large - small) / small;
  console.log(`   5,000 docs <= 300 MB: ${large <= 300 ? 'MET' : 'NOT MET'}; within 15% of 1,000 docs (${growth >= 0 ? '+' : ''}${fmt(growth * 100, 1)}%): ${Math.abs(growth) <= 0.15 ? 'MET' : 'NOT MET'}`);
}

try {
  const { docs, from } = sourceTexts();
  console.log(`factx bench on node ${process.version}, ${availableParallelism()} cores; texts from ${from}`);
  await coldStart(RUNS ?? 15);
  await throughput(docs, RUNS ?? 3);
  console.log('3. peak memory through --input ndjson (one run each)');
  await memory(docs);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
