/**
 * The package as a user gets it: `npm pack` holds only what a user needs, and
 * the tarball installed in a clean directory (offline, from the npm cache that
 * `npm ci` filled) runs as `npx factx`, prints the schema, and is importable as
 * a typed library. Also `npm run test:pack`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facts, ROOT } from './support/contract.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let tmp = '';
let files: string[] = [];
let app = '';

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'factx-pack-'));
  // dist/ is built by `npm test` before vitest runs: no prepare script here
  const packed = JSON.parse(execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
  files = packed[0]!.files.map((file) => file.path);
  app = join(tmp, 'app');
  await mkdir(app);
  await writeFile(join(app, 'package.json'), '{ "name": "app", "private": true, "type": "module" }\n');
  await writeFile(join(app, 'a.txt'), 'Ann Lee, 45, met Bob Stone in Paris on March 3, 2013.\n');
  execFileSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', join(tmp, packed[0]!.filename)], { cwd: app, stdio: 'pipe' });
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('holds bin, dist, schema, README and package.json only; no sources, tests, fixtures or startup snapshot', () => {
    for (const needed of ['package.json', 'README.md', 'bin/factx.js', 'dist/factx.cjs', 'dist/factx-worker.cjs', 'dist/index.js', 'dist/index.d.ts', 'schema/factx.schema.json']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((file) => !/^(bin|dist|schema)\//.test(file) && !['package.json', 'README.md'].includes(file))).toEqual([]);
    // the snapshot is built for one node version: a clone builds its own, the package starts from the bundle
    expect(files.filter((file) => /factx\.blob|factx-snapshot/.test(file))).toEqual([]);
  });

  it('npx factx in a clean directory: JSON that validates, exit 0; factx schema', () => {
    const run = spawnSync('npx', ['--offline', 'factx', 'a.txt', '-f', 'ndjson'], { cwd: app, encoding: 'utf8' });
    expect({ code: run.status, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(facts(run.stdout)[0]?.people.map((p) => [p.name, p.age])).toContainEqual(['Ann Lee', 45]);
    const schema = spawnSync('npx', ['--offline', 'factx', 'schema'], { cwd: app, encoding: 'utf8' });
    expect(JSON.parse(schema.stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
  });

  it("import { extract } from 'factx': the CLI's object, typed by the published .d.ts", async () => {
    await writeFile(
      join(app, 'use.ts'),
      [
        "import { extract, type Facts } from 'factx';",
        "const facts: Facts = extract('Ann Lee met Bob Stone in Paris.', { referenceDate: '2025-03-03', source: 'x' });",
        'const names: string[] = facts.people.map((person) => person.name);',
        'console.log(JSON.stringify(names));',
        '',
      ].join('\n'),
    );
    await writeFile(join(app, 'tsconfig.json'), '{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true, "noEmit": true, "skipLibCheck": false, "types": [] } }\n');
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], { cwd: app, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "import { extract } from 'factx'; console.log(JSON.stringify(extract('Ann Lee met Bob Stone in Paris.').people.map((p) => p.name)));"], { cwd: app, encoding: 'utf8' });
    expect(run.stdout).toBe('["Ann Lee","Bob Stone"]\n');
  });
});
