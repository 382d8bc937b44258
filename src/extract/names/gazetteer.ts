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
 * Name -> its kinds as a bit mask (bit i = KINDS[i]): one number per name, not a Set,
 * keeps the index small (1.5 MB instead of 4.3 MB of heap, which every start from
 * the V8 snapshot pays to deserialize).
 */
let index: Map<string, number> | null = null;
/** One shared set per mask seen: a handful in all. */
const kindSets = new Map<number, ReadonlySet<GazetteerKind>>();

/** What the lists say a name is: "paris" -> city; "sweden" -> country; "lamar" -> firstName; "dean" -> wordFirstName. */
export function gazetteerKinds(name: string): ReadonlySet<GazetteerKind> {
  index ??= buildIndex();
  const mask = index.get(fold(name)) ?? 0;
  let kinds = kindSets.get(mask);
  if (!kinds) {
    kinds = new Set(KINDS.filter((_, bit) => mask & (1 << bit)));
    kindSets.set(mask, kinds);
  }
  return kinds;
}

function buildIndex(): Map<string, number> {
  const built = new Map<string, number>();
  for (const [kind, names] of LISTS) {
    const bit = 1 << KINDS.indexOf(kind);
    for (const name of names) {
      const key = fold(name);
      built.set(key, (built.get(key) ?? 0) | bit);
    }
  }
  return built;
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
