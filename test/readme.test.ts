/**
 * The README's tour works as written: its three jq recipes run with the real
 * jq (when installed) and, always, as the same filters written in JavaScript
 * over the same JSON, so that the check never silently disappears.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../src/types.js';
import { facts as parseFacts, ROOT } from './support/contract.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const PREFIX = 'factx fixtures/lamar-odom.txt --ref-date 2025-03-03 | jq ';
const recipes = README.split('\n').filter((line) => line.startsWith(PREFIX));
const hasJq = spawnSync('jq', ['--version']).status === 0;

function factxJson(): Facts {
  const result = spawnSync(process.execPath, ['bin/factx.js', 'fixtures/lamar-odom.txt', '--ref-date', '2025-03-03'], { cwd: ROOT, encoding: 'utf8' });
  expect(result.status).toBe(0);
  return parseFacts(result.stdout)[0]!;
}

/** The three filters of the README, in JavaScript: the lines jq -r prints. */
const IN_JS: ((facts: Facts) => string[])[] = [
  (f) => f.people.filter((p) => p.age !== null).map((p) => `${p.name}\t${p.age}`),
  (f) => f.events.map((e) => `${f.dates.find((d) => d.id === e.date)?.value ?? 'null'}\t${e.summary}`),
  (f) => ['"name","mentions","first"', ...f.places.map((p) => `${JSON.stringify(p.name)},${p.mentions.length},${p.mentions[0]?.start ?? ''}`)],
];

describe('README: three jq recipes', () => {
  it('are there, as written', () => {
    expect(recipes).toHaveLength(3);
  });

  it('give what the README says, evaluated in JavaScript', () => {
    const [ages, timeline, csv] = IN_JS.map((filter) => filter(factxJson()));
    expect(ages).toEqual(['Lamar Odom\t45', 'Khloé Kardashian\t40']);
    expect(timeline?.[0]).toBe('2025-W09-WE\tLamar Odom explained');
    expect(csv?.slice(0, 2)).toEqual(['"name","mentions","first"', '"Los Angeles",1,79']);
    for (const line of [...ages!, timeline![0]!, csv![1]!]) expect(README).toContain(line.replace('\t', ' '));
  });

  it.skipIf(!hasJq)(`run with the real jq, the same lines as in JavaScript${hasJq ? '' : ' (skipped: jq is not installed)'}`, () => {
    const json = factxJson();
    recipes.forEach((recipe, i) => {
      const command = recipe.replace(/^factx /, `"${process.execPath}" bin/factx.js `);
      const result = spawnSync('sh', ['-c', `set -e; ${command}`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect({ recipe, stderr: result.stderr, code: result.status }).toEqual({ recipe, stderr: '', code: 0 });
      expect(result.stdout.trimEnd().split('\n')).toEqual(IN_JS[i]!(json));
    });
  });
});

describe('README: the tour and the golden check', () => {
  it('npx factx fixtures/lamar-odom.txt --ref-date 2025-03-03 prints the table', () => {
    const result = spawnSync(process.execPath, ['bin/factx.js', 'fixtures/lamar-odom.txt', '--ref-date', '2025-03-03', '-f', 'table'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^People \(5\)$/m);
    expect(README).toContain('npx factx fixtures/lamar-odom.txt --ref-date 2025-03-03');
  });

  it('factx check fixtures/ passes (the CI recipe)', () => {
    expect(README).toContain('npx factx check fixtures/');
    const result = spawnSync(process.execPath, ['bin/factx.js', 'check', 'fixtures/'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
  });
});
