/**
 * The entry of the V8 startup snapshot (dist/factx.blob, built by
 * scripts/build.mjs with `node --build-snapshot`): compromise's lexicon and
 * tagger, chrono and the gazetteer are loaded and warmed up once, at build
 * time; each run then starts from that heap. bin/factx.js runs it as
 * `node --snapshot-blob dist/factx.blob -- <package root> <args...>`.
 */
import { startupSnapshot } from 'node:v8';
import * as commander from 'commander';
import { buildProgram, main } from '../cli.js';
import { runTask } from '../batch/task.js';
import { extract } from '../index.js';
import { renderJson } from '../render/json.js';

// Every stage and the JSON output, with and without a reference date: lazy tables are
// built now, and the functions a run calls are compiled once here, not on each start.
// V8 compiles each regular expression once per kind of string it meets: the warm-up
// runs both on one-byte text and on two-byte text (curly quotes, as most news has),
// else the first two-byte article recompiles every regexp (chrono's alone: 14 ms).
const WARM_UP = `Ann Lee talks reuniting with Bob Stone nearly a decade after divorce
Los Angeles, California - Ann Lee, 45, met Bob Stone of Acme Corp. in Paris on March 3, 2013, and again over the weekend.
The former NBA star, who filed for divorce last year, said on Tuesday that the two spoke for four years.
"It was the best day," Lee told reporters in New York City at 2 p.m. every week since 2016.
Stone's lawyer didn't comment, and it's unclear whether they'd met in the third quarter.`;

if (startupSnapshot.isBuildingSnapshot()) {
  const twoByte = WARM_UP.replace(/"([^"]*)"/g, '\u201c$1\u201d').replace(/ - /g, ' \u2014 ');
  for (const text of [WARM_UP, twoByte]) {
    // runTask has no await on this path: it runs to the end here
    for (const referenceDate of ['2025-03-03', null]) void runTask({ text, source: 'warm-up', referenceDate }, renderJson, extract);
  }
  // the command line too: commander's parsing, compiled once here (the action is left out)
  const program = buildProgram(commander, { root: `${__dirname}/..`, workerScript: '' });
  program.action(() => {}).parse(['node', 'factx', '--format', 'json', '--ref-date', '2025-03-03', '--jobs', '1', 'warm-up.txt']);
  startupSnapshot.setDeserializeMainFunction(() => {
    const [root = '.', ...args] = process.argv.slice(1);
    void main([process.execPath, 'factx', ...args], { root, workerScript: `${root}/dist/factx-worker.cjs` });
  });
}
