/**
 * Reads one input (a file or stdin) as bytes, refusing anything above
 * `--max-bytes` before it is read whole, and says what went wrong in words.
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';

/** The default `--max-bytes`: 2 MB, a hundred long articles; memory grows about 200 MB a MB of text. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export class InputError extends Error {}

export async function readLimited(source: string, stdin: Readable, maxBytes: number): Promise<Buffer> {
  if (source === '-') return readStream(stdin, maxBytes, 'stdin');
  let handle;
  try {
    handle = await open(source, 'r');
  } catch (error) {
    throw new InputError(`cannot read ${source}: ${describe(error)}`);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(`cannot read ${source}: is a directory`);
    if (info.isFile() && info.size > maxBytes) throw tooLarge(source, info.size, maxBytes);
    // a FIFO or character device has no size: count while reading
    return await readStream(handle.createReadStream({ autoClose: false }), maxBytes, source);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${source}: ${describe(error)}`);
  } finally {
    await handle.close();
  }
}

async function readStream(stream: Readable, maxBytes: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > maxBytes) {
      stream.destroy();
      throw tooLarge(name, null, maxBytes);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(name: string, size: number | null, maxBytes: number): InputError {
  const n = (value: number): string => value.toLocaleString('en-US');
  const what = size === null ? `more than ${n(maxBytes)} bytes` : `${n(size)} bytes, more than ${n(maxBytes)}`;
  return new InputError(`${name}: too large (${what}); raise --max-bytes to read it, or split it into articles`);
}

/** "no such file" rather than "ENOENT: no such file or directory, open 'x'". */
export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  if (code === 'ENAMETOOLONG') return 'file name too long';
  return error instanceof Error ? error.message : String(error);
}
