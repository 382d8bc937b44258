/** A common plural opening a sentence before a person's name is no part of it (candidates.ts). */
import { describe, expect, it } from 'vitest';
import { peopleNames } from './helpers.js';

describe('a plural before a name at the head of a sentence', () => {
  it.each([
    ['Newcomers Kevin Maggs of Bristol and Eric Miller of Leicester join the squad .', ['Kevin Maggs', 'Eric Miller']],
    ['Rebels Tom Vale and Ann Lee said they would fight on.', ['Tom Vale', 'Ann Lee']],
    // first names and surnames ending in "s" stay whole
    ['Carlos Alberto Parreira said no.', ['Carlos Alberto Parreira']],
    ['Lucas Radebe scored twice.', ['Lucas Radebe']],
    ['Mavis Staples sang at the rally.', ['Mavis Staples']],
  ])('%s', (text, expected) => {
    expect(peopleNames(text)).toEqual(expected);
  });
});
