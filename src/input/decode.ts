/**
 * Bytes of an input file -> the text that offsets refer to. A byte-order mark
 * chooses the encoding (UTF-8, UTF-16 LE, UTF-16 BE) and is removed; without one
 * the bytes are UTF-8, and invalid sequences become U+FFFD with a warning.
 * Binary data (NUL bytes, images, archives) is refused: it is no article.
 */

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; warnings: string[] }
  | { ok: false; reason: string };

/** Magic numbers of common non-text files, for a clearer refusal than "NUL bytes". */
const MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or .docx, .xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a WebP or RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

export function decodeBytes(bytes: Uint8Array): Decoded {
  // "\xFF\xFE" / "\xFE\xFF": UTF-16 with a BOM (a Word "Unicode text" export)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const binary = binaryKind(body);
  if (binary) return { ok: false, reason: binary };
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    const count = countReplacements(text) - countReplacements(validPrefixFree(body));
    warnings.push(`invalid UTF-8 (${count > 0 ? `${count} sequence${count === 1 ? '' : 's'}` : 'some bytes'}) replaced by U+FFFD`);
  }
  return { ok: true, text, encoding: 'utf-8', warnings };
}

function utf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const warnings: string[] = [];
  if (body.length % 2 === 1) warnings.push(`${encoding.toUpperCase()} input ends in half a character; it was replaced by U+FFFD`);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    if (warnings.length === 0) warnings.push(`invalid ${encoding.toUpperCase()} (unpaired surrogates) replaced by U+FFFD`);
  }
  if (text.includes('\0')) return { ok: false, reason: 'binary data (NUL characters), not text' };
  return { ok: true, text, encoding, warnings };
}

/** Why these bytes are not text, or null. A NUL byte never occurs in UTF-8 text. */
function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, magic] of MAGIC) {
    if (magic.every((byte, i) => bytes[i] === byte)) return `binary data (${kind}), not text`;
  }
  if (bytes.includes(0)) return 'binary data (NUL bytes), not text; UTF-16 needs a byte-order mark';
  return null;
}

/** U+FFFD already written in the file is not a decoding error. */
function validPrefixFree(bytes: Uint8Array): string {
  // the file's own U+FFFD characters, encoded as EF BF BD
  let own = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) own++;
  return '\uFFFD'.repeat(own);
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}
