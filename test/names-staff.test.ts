/** A body's staff before "at" and its name; a speech verb after a preposition's object is another's. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe("a body's staff", () => {
  const cases: [string, string, Kind, string[]][] = [
    ['analysts at a firm named like a person', 'Analysts at Merrill Lynch said the bank would cut rates.', 'organizations', ['Merrill Lynch']],
    ['economists at one', 'Economists at Dunmore Hatch said growth would slow.', 'organizations', ['Dunmore Hatch']],
    ['executives at one', 'Executives at Tobias Quill declined to comment.', 'organizations', ['Tobias Quill']],
    // negative: a person speaks for himself, or is spoken for
    ['a person who speaks', 'Tobias Quill said the bank would cut rates.', 'people', ['Tobias Quill']],
    ['a person spoken for', 'A spokesman for Tobias Quill said he was resting.', 'people', ['Tobias Quill']],
    ['a person with a verb after "with"', 'The talks ended, with Tobias Quill saying he was tired.', 'people', ['Tobias Quill']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});
