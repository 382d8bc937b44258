/**
 * The package as a user gets it: `npm pack` holds only what a user needs, and
 * the tarball installed in a clean directory (offline, from the npm cache that
 * `npm ci` filled) builds its startup snapshot, runs as `npx factx`, prints the
 * schema, and is importable as a typed library. Also `npm run test:pack`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
  it('holds bin, dist, schema, README, package.json and the snapshot script only; no sources, tests, fixtures or built snapshot', () => {
    for (const needed of ['package.json', 'README.md', 'bin/factx.js', 'dist/factx.cjs', 'dist/factx-worker.cjs', 'dist/factx-snapshot.cjs', 'dist/index.js', 'dist/index.d.ts', 'schema/factx.schema.json', 'scripts/snapshot.mjs']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((file) => !/^(bin|dist|schema)\//.test(file) && !['package.json', 'README.md', 'scripts/snapshot.mjs'].includes(file))).toEqual([]);
    // a snapshot serves only the node that built it: the install builds its own
    expect(files.filter((file) => /factx\.blob/.test(file))).toEqual([]);
  });

  it('the install built its startup snapshot (postinstall), for the node that installed it', async () => {
    const id = await readFile(join(app, 'node_modules', 'factx', 'dist', 'factx.blob.id'), 'utf8');
    expect(id.startsWith(`${process.version} `)).toBe(true);
  });

  it('npx factx in a clean directory: JSON that validates, exit 0, the same bytes with and without the snapshot; factx schema', () => {
    const run = spawnSync('npx', ['--offline', 'factx', 'a.txt', '-f', 'ndjson'], { cwd: app, encoding: 'utf8' });
    expect({ code: run.status, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(facts(run.stdout)[0]?.people.map((p) => [p.name, p.age])).toContainEqual(['Ann Lee', 45]);
    const bundle = spawnSync('npx', ['--offline', 'factx', 'a.txt', '-f', 'ndjson'], { cwd: app, encoding: 'utf8', env: { ...process.env, FACTX_SNAPSHOT: '0' } });
    expect(bundle.stdout).toBe(run.stdout);
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
