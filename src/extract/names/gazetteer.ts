/**
 * Place, first-name and company lists built from data packages by
 * scripts/build-gazetteer.mjs (countries, regions, cities of 50,000+, English
 * first names, by sex where the name tells it, company names). Looked up by
 * lower-cased name.
 */
import data from './gazetteer.json' with { type: 'json' };

export type GazetteerKind = 'country' | 'region' | 'city' | 'firstName' | 'maleName' | 'femaleName' | 'company' | 'wordFirstName';

const LISTS: [GazetteerKind, string[]][] = [
  ['company', data.companies],
  ['firstName', data.maleNames],
  ['firstName', data.femaleNames],
  ['firstName', data.unisexNames],
  ['maleName', data.maleNames],
  ['femaleName', data.femaleNames],
  ['city', data.cities],
  ['region', data.regions],
  ['country', data.countries],
  ['wordFirstName', data.wordFirstNames],
];

const KINDS: readonly GazetteerKind[] = ['country', 'region', 'city', 'firstName', 'maleName', 'femaleName', 'company', 'wordFirstName'];

/**
 * The folded names, sorted and joined into one string, each with its kinds as a
 * bit mask (bit i = KINDS[i]); looked up by binary search. One string and two
 * typed arrays instead of a Map of 21,000 keys: every start from the V8
 * snapshot deserializes the heap, and a Map of strings cost some 5 ms of it.
 */
interface PackedIndex {
  /** "aachen\naalborg\n..." */
  keys: string;
  /** Where key i starts in `keys`; one more entry: the end of the last key + 1. */
  starts: Int32Array;
  masks: Uint16Array;
}

let index: PackedIndex | null = null;
/** One shared set per mask seen: a handful in all. */
const kindSets = new Map<number, ReadonlySet<GazetteerKind>>();

/** What the lists say a name is: "paris" -> city; "sweden" -> country; "lamar" -> firstName; "dean" -> wordFirstName. */
export function gazetteerKinds(name: string): ReadonlySet<GazetteerKind> {
  const known = recentLookups.get(name);
  if (known !== undefined) return known;
  index ??= buildIndex();
  const folded = fold(name);
  const mask = lookup(index, folded) || transliteratedPlace(index, folded);
  let kinds = kindSets.get(mask);
  if (!kinds) {
    kinds = new Set(KINDS.filter((_, bit) => mask & (1 << bit)));
    kindSets.set(mask, kinds);
  }
  // The rules ask about the same few words many times a document; the memo is bounded
  // so that a long batch run keeps a flat memory.
  if (recentLookups.size >= MAX_RECENT_LOOKUPS) recentLookups.clear();
  recentLookups.set(name, kinds);
  return kinds;
}

const MAX_RECENT_LOOKUPS = 20_000;
const recentLookups = new Map<string, ReadonlySet<GazetteerKind>>();

/** The lists know `kinds` as a place: a country, a region or a city. */
export function isPlaceKind(kinds: ReadonlySet<GazetteerKind>): boolean {
  return kinds.has('country') || kinds.has('region') || kinds.has('city');
}

/** "Paris", "Sweden", "Bavaria": a place the lists know. */
export function isKnownPlace(name: string): boolean {
  return isPlaceKind(gazetteerKinds(name));
}

/** The bits of the kinds of places. */
const PLACE_MASK = (1 << KINDS.indexOf('country')) | (1 << KINDS.indexOf('region')) | (1 << KINDS.indexOf('city'));

/**
 * "Luebeck", "Duesseldorf", "Goeteborg": wire copy writes an umlaut as a vowel and
 * "e" ("Lübeck" folds to "lubeck"); only places are looked up so, a name no list
 * has as written.
 */
function transliteratedPlace(index: PackedIndex, folded: string): number {
  if (folded.length < 5 || !/[aou]e/.test(folded)) return 0;
  return lookup(index, folded.replace(/([aou])e/g, '$1')) & PLACE_MASK;
}

function buildIndex(): PackedIndex {
  const masks = new Map<string, number>();
  for (const [kind, names] of LISTS) {
    const bit = 1 << KINDS.indexOf(kind);
    for (const name of names) {
      const key = fold(name);
      masks.set(key, (masks.get(key) ?? 0) | bit);
    }
  }
  // code-unit order, the order `compareKey` searches in
  const sorted = [...masks.keys()].sort();
  const starts = new Int32Array(sorted.length + 1);
  const packedMasks = new Uint16Array(sorted.length);
  let offset = 0;
  sorted.forEach((key, i) => {
    starts[i] = offset;
    packedMasks[i] = masks.get(key)!;
    offset += key.length + 1;
  });
  starts[sorted.length] = offset;
  return { keys: `${sorted.join('\n')}\n`, starts, masks: packedMasks };
}

/** The mask of `key`, 0 when no list has it. */
function lookup({ keys, starts, masks }: PackedIndex, key: string): number {
  let low = 0;
  let high = masks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const order = compareKey(keys, starts[middle]!, starts[middle + 1]! - 1, key);
    if (order === 0) return masks[middle]!;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}

/** keys.slice(start, end) against key, in code-unit order, without the slice. */
function compareKey(keys: string, start: number, end: number, key: string): number {
  const length = Math.min(end - start, key.length);
  for (let i = 0; i < length; i++) {
    const difference = keys.charCodeAt(start + i) - key.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return end - start - key.length;
}

/** "Khloé" and "khloe" look the same up; "Washington D.C." and "Washington DC" too. */
function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\./g, '')
    .toLowerCase();
}

let countryNames: Map<string, string> | null = null;

/** The country a name stands for, as a key: "U.S." and "United States" -> "united states". */
export function countryOf(name: string): string | null {
  countryNames ??= new Map(data.countryAliases.map(([alias, country]) => [fold(alias!), fold(country!)]));
  const folded = fold(name);
  return countryNames.get(folded) ?? (gazetteerKinds(name).has('country') ? folded : null);
}

/** Whether the lists know the name as anything but a first name that is also a word ("Dean", "Lee"). */
export function isListed(name: string): boolean {
  const kinds = gazetteerKinds(name);
  return kinds.size > (kinds.has('wordFirstName') ? 1 : 0);
}
