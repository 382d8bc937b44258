import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../src/check/index.js';

// The default extractFn is the real pipeline: only the wiring is asserted here.
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factx-check-real-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runCheck with the real extract', () => {
  it('wires the real extract: --update then check passes', async () => {
    await writeFile(join(dir, 'real.txt'), 'Lamar Odom talks\nLamar Odom, 45, was in Las Vegas in 2013.\n');
    await writeFile(join(dir, 'real.options.json'), '{ "referenceDate": "2025-03-03" }\n');
    expect(await runCheck([dir], { update: true })).toMatchObject({ passed: true }); // shows the output if not
    const golden = JSON.parse(await readFile(join(dir, 'real.expected.json'), 'utf8')) as Record<string, unknown>;
    expect(golden).toMatchObject({ schema: 'factx/1', source: join(dir, 'real.txt'), referenceDate: '2025-03-03' });
    for (const list of ['people', 'places', 'organizations', 'dates', 'events']) expect(golden[list]).toBeInstanceOf(Array);
    expect(await runCheck([dir], { update: false })).toMatchObject({ passed: true });
  });
});
