/**
 * UTF-16 index -> Unicode code point index. The pipeline works in JavaScript
 * string indices; the contract speaks code points, so that Python's
 * `text[start:end]` and jq's `.[start:end]` give back the span text.
 */
export type CodePointIndex = (utf16Index: number) => number;

export function codePointIndexer(text: string): CodePointIndex {
  // Fast path: no surrogate pairs, the two indices agree.
  if (!/[\uD800-\uDBFF]/.test(text)) return (index) => index;
  const table = new Uint32Array(text.length + 1);
  let codePoint = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = codePoint;
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // A pair counts once; a lone surrogate counts as a code point of its own, as `[...text]` does.
    const isPair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    if (isPair) {
      // The low half of the pair shares the code point of its high half.
      table[i + 1] = codePoint;
      i++;
    }
    codePoint++;
  }
  table[text.length] = codePoint;
  return (index) => table[index] ?? codePoint;
}
