/** The shared parse: lines, headline, sentences and token offsets. */
import { describe, expect, it } from 'vitest';
import { decodeText, parseDocument } from '../src/document.js';
import { codePointIndexer } from '../src/offsets.js';

describe('decodeText', () => {
  it('removes a byte-order mark and nothing else', () => {
    expect(decodeText('\uFEFFLamar\r\n')).toBe('Lamar\r\n');
    expect(decodeText('Lamar\uFEFF')).toBe('Lamar\uFEFF');
  });
});

const titles: [string, string | null][] = [
  ['Lamar Odom talks reuniting with Khloé\nLos Angeles - Body text.', 'Lamar Odom talks reuniting with Khloé'],
  ['\n\n  Headline with spaces  \r\nBody.', 'Headline with spaces'],
  // a sentence ending in a full stop is body text, not a headline
  ['This is a sentence.\nAnd another.', null],
  // a single line is the article itself
  ['Only one line here', null],
  // a wire headline in capitals keeps its full stop
  ['SOCCER - LATE GOAL LIFTS PARMA PAST FIORENTINA.\nROME 1997-03-16\nBody text.', 'SOCCER - LATE GOAL LIFTS PARMA PAST FIORENTINA.'],
  ['MEERMAN AGREES 740 MLN STG BID FOR HARLAND FOODS.\nLONDON 1996-12-03\nBody.', 'MEERMAN AGREES 740 MLN STG BID FOR HARLAND FOODS.'],
  // one capital and a full stop is no headline
  ['A.\nBody text.', null],
];

describe('title', () => {
  it.each(titles)('%j', (text, expected) => {
    const doc = parseDocument(text);
    expect(doc.title ? text.slice(doc.title.start, doc.title.end) : null).toBe(expected);
  });
});

describe('sentences', () => {
  it('break at line ends even without punctuation', () => {
    const text = 'A headline without a stop\nThe body starts here. It goes on.';
    const doc = parseDocument(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['A headline without a stop', 'The body starts here.', 'It goes on.']);
  });

  it('keep closing quotes with the sentence', () => {
    const text = '"It was fine," he said. "Really."';
    const doc = parseDocument(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['It was fine," he said.', 'Really."']);
  });
});

describe('tokens', () => {
  it('slice back exactly, astral characters and CRLF included', () => {
    const text = 'Khloé 😀 met Lamar\r\nin 𝒳 Las Vegas.';
    for (const token of parseDocument(text).tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
  it.each([
    ["Farmer Yao N'Guessan, 54, said so.", "N'Guessan", ', '],
    ["He won't, she said.", "won't", ', '],
    ["They'd gone home.", "They'd", ' '],
  ])('keep what follows a word read as a contraction: %s', (text, word, post) => {
    expect(parseDocument(text).tokens.find((token) => token.text === word)?.post).toBe(post);
  });
});

describe('codePointIndexer', () => {
  it('counts an astral character once', () => {
    const text = 'a😀b';
    const toCodePoint = codePointIndexer(text);
    expect([0, 1, 3, 4].map(toCodePoint)).toEqual([0, 1, 2, 3]);
  });
});
