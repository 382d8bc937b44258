/** The committed gazetteer is what scripts/build-gazetteer.mjs builds from the installed data packages. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { gazetteerKinds } from '../src/extract/names/gazetteer.js';
// @ts-expect-error: a plain ES module script without type declarations
import { buildGazetteer, serialize } from '../scripts/build-gazetteer.mjs';

describe('gazetteer', () => {
  it('is up to date with its data packages (run `npm run gazetteer` after upgrading them)', async () => {
    const committed = await readFile('src/extract/names/gazetteer.json', 'utf8');
    expect((serialize as (g: unknown) => string)((buildGazetteer as () => unknown)()) === committed).toBe(true);
  });

  const known: [string, string][] = [
    ['Sweden', 'country'],
    ['Ontario', 'region'],
    ['Toulouse', 'city'],
    ['washington d.c.', 'city'],
    ['Tristan', 'firstName'],
    ['Kristen', 'firstName'],
    ['Boeing', 'company'],
    // ISO 3166-3 former countries, and the hand list of what no package has
    ['Yugoslavia', 'country'],
    ['USSR', 'country'],
    ['Czechoslovakia', 'country'],
    ['Soviet Union', 'country'],
    ['East Germany', 'country'],
    ['England', 'country'],
    ['Northern Ireland', 'country'],
    ['Kiev', 'city'],
    ['Bombay', 'city'],
    ['Leningrad', 'city'],
    ['Bosnia', 'country'],
    ['Korea', 'country'],
    ['Chechnya', 'region'],
    // named for a town, a body all the same
    ['Toyota', 'company'],
    ['Hitachi', 'company'],
  ];
  it.each(known)('knows %s as a %s', (name, kind) => {
    expect([...gazetteerKinds(name)]).toContain(kind);
  });

  it.each(['Scotland', 'London', 'Madrid', 'Bombay', 'France'])('knows the place %s as no company, though the company list has it', (name) => {
    const kinds = gazetteerKinds(name);
    expect(kinds.has('company')).toBe(false);
    expect(kinds.size).toBeGreaterThan(0);
  });

  // an umlaut written as a vowel and "e", as wire copy does
  it.each([['Luebeck', 'city'], ['Duesseldorf', 'city'], ['Goeteborg', 'city']])('knows %s as a %s, written without its umlaut', (name, kind) => {
    expect([...gazetteerKinds(name)]).toContain(kind);
  });

  // only places are looked up so, and only where the name as written is in no list
  it.each(['Fuentes', 'Rueda', 'Coetzee', 'Goebbels'])('finds no place in %s by dropping an "e"', (name) => {
    const kinds = gazetteerKinds(name);
    expect(kinds.has('city') || kinds.has('region') || kinds.has('country')).toBe(false);
  });

  // towns of 15,000 to 50,000 people outside English-speaking countries, and GeoNames' "yy" as the news writes it
  it.each(['Gudermes', 'Argun', 'Grozny', 'Groznyy'])('knows the town %s', (name) => {
    expect([...gazetteerKinds(name)]).toContain('city');
  });
  // small towns that share a surname or a first name, or are English towns, stay out
  it.each(['Atherton', 'Campbell', 'Farah', 'Newry'])('knows no town %s', (name) => {
    expect(gazetteerKinds(name).has('city')).toBe(false);
  });

  it.each(['Bank', 'Image', 'Will', 'after'])('keeps the ordinary word %s out of the first names and companies', (word) => {
    const kinds = gazetteerKinds(word);
    expect(kinds.has('firstName') || kinds.has('company')).toBe(false);
  });
});
