/**
 * Runs the real bin (bin/factx.js) to the end and checks whatever it printed
 * against the output contract. Colour is off (NO_COLOR=1) unless `env` says otherwise.
 */
import { spawn } from 'node:child_process';
import { delimiter, dirname, join, resolve } from 'node:path';
import { validateOutput } from './contract.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'factx.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Fed on stdin; empty by default. */
  input?: string;
  /** Replaces NO_COLOR=1; FORCE_COLOR and NO_COLOR from the outer environment are dropped. */
  env?: Record<string, string>;
  cwd?: string;
  /** Another launcher than bin/factx.js. */
  bin?: string;
  /** Execute the launcher itself (its sh side, as an installed `factx` runs) instead of `node <bin>`. */
  shebang?: boolean;
}

export function runBin(args: string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((done, failed) => {
    const env = cleanEnv(options.env);
    // the sh side finds node on PATH
    if (options.shebang) env.PATH = `${dirname(process.execPath)}${delimiter}${env.PATH ?? ''}`;
    const bin = options.bin ?? BIN;
    const cwd = options.cwd ?? ROOT;
    const child = options.shebang ? spawn(bin, args, { cwd, env }) : spawn(process.execPath, [bin, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', failed);
    child.on('close', (code) => {
      validateOutput(stdout);
      done({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** The process environment with colour variables replaced by `vars`. */
export function cleanEnv(vars: Record<string, string> = { NO_COLOR: '1' }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return Object.assign(env, vars);
}
