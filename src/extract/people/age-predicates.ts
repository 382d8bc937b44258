/**
 * Ages the subject's own verb states:
 *
 *   "Roth died on Monday at the age of 56", "died aged 84", "died at 81 in Palm Springs"
 *   "Bertolazzi, still racing at the age of 35,"
 *   "Woodward, from Elton in England, is 19."   "Hanks turned 64 on Monday"
 *   "Thorsson first played in 1964 and is now 81"
 */
import { firstTokenFrom, type Document, type Token } from '../../document.js';
import { afterAffiliation, bareAgeAt, closesAgeClause, DEATH_WORDS, type StatedAge } from './age-phrases.js';
import type { PersonMention } from './mentions.js';

/**
 * "Roth died on Monday at the age of 56", "Roth died aged 84": the age at death
 * is the person's last age; an age at any other event ("joined aged 14") is not current.
 */
export function ageAtDeath(doc: Document, person: PersonMention): StatedAge | null {
  const sentence = doc.sentences[person.sentence]!;
  for (let i = person.end; i < sentence.endToken; i++) {
    if (!DEATH_WORDS.has(doc.tokens[i]!.normal)) continue;
    const age = ageAfter(doc, i, sentence.endToken);
    // "Jordi Vilanova, who died in 1961 at the age of 80": a death the story dates by its year is
    // history, not the news of a death ("died on Monday at the age of 56").
    const between = doc.tokens.slice(i, age ? firstTokenFrom(doc, age.source.start) : i);
    return between.some((token) => /^(1[0-9]|20)\d\d$/.test(token.text)) ? null : age;
  }
  return null;
}

/**
 * "Bertolazzi, still racing at the age of 35,", "Ospina, still travelling by mule ... at the age
 * of 70": "still" and a verb in -ing right after the name make the age a present one.
 */
export function ageStillActive(doc: Document, person: PersonMention): StatedAge | null {
  const sentence = doc.sentences[person.sentence]!;
  // "Marta Kis of Hungary, still competing": past where the person is from.
  const from = afterAffiliation(doc, person.end);
  for (let i = from; i < Math.min(from + 2, sentence.endToken - 1); i++) {
    const age = stillActiveAt(doc, i, sentence.endToken);
    if (age) return age;
  }
  return null;
}

/** "still racing at the age of 37": the age in a phrase that opens with "still" and an -ing verb at `index`. */
export function stillActiveAt(doc: Document, index: number, end: number): StatedAge | null {
  const [still, verb] = [doc.tokens[index], doc.tokens[index + 1]];
  return still?.normal === 'still' && verb !== undefined && index + 1 < end && isVerbInIng(verb) ? ageAfter(doc, index + 1, end) : null;
}

/** "racing", "travelling" (which compromise reads as a noun). */
function isVerbInIng(token: Token): boolean {
  return token.tags.has('Gerund') || /^\p{Ll}{3,}ing$/u.test(token.text);
}

/** The first age stated from `from` on: "aged 84", "at the age of 56", "at age 62", "at 81 in ...". */
function ageAfter(doc: Document, from: number, end: number): StatedAge | null {
  for (let i = from; i < end; i++) {
    const token = doc.tokens[i]!;
    if (token.normal === 'aged') return bareAgeAt(doc, i + 1);
    if (token.normal === 'age' && doc.tokens[i + 1]?.normal === 'of') return bareAgeAt(doc, i + 2);
    // "died on Friday at age 62"
    if (token.normal === 'age' && doc.tokens[i - 1]?.normal === 'at') return bareAgeAt(doc, i + 1);
    // "died at 81 in Palm Springs"; not "died at 10 a.m.", "at 56 Harley Street"
    const afterAt = token.normal === 'at' && isAgeAfterAt(doc, doc.tokens[i + 1]) ? bareAgeAt(doc, i + 1) : null;
    if (afterAt) return afterAt;
  }
  return null;
}

/** How far an appositive between a subject and its verb may run. */
const MAX_APPOSITIVE = 16;

/**
 * "Woodward is 19.", "Woodward, from Elton in England, is 19 years old", "Roth is 48 and lives ...",
 * "Hanks turned 64 on Monday"; not "is 19 points clear", "was 41 when".
 */
export function predicateAge(doc: Document, person: PersonMention): StatedAge | null {
  let verb = person.end;
  // "His running mate, lawyer Samuel Kiprono, is 39.": the comma closes an apposition the name ends.
  const verbAfterComma = /^(is|turned)$/.test(doc.tokens[person.end]?.normal ?? '');
  if (/^\s*,\s*$/.test(doc.tokens[person.end - 1]!.post) && !verbAfterComma) {
    // back over the appositive to its closing comma
    const limit = Math.min(person.end + MAX_APPOSITIVE, doc.sentences[person.sentence]!.endToken);
    while (verb < limit && !/,/.test(doc.tokens[verb]!.post)) verb++;
    verb++;
  }
  const [be, number] = [doc.tokens[verb], doc.tokens[verb + 1]];
  if (!be || !number || number.sentence !== person.sentence) return null;
  const endsSentence = number.index === doc.sentences[person.sentence]!.endToken - 1;
  // "Hanks turned 64 on Monday"; not "turned 3 shots into ..."
  if (be.normal === 'turned') return endsSentence || isAgeAfterAt(doc, number) ? bareAgeAt(doc, number.index) : null;
  if (be.normal !== 'is') return null;
  return endsSentence || closesAgeClause(doc, number) ? bareAgeAt(doc, number.index) : null;
}

/** "81" in "died at 81 in Palm Springs", "died at 81, his publisher said", "turned 64 on Monday". */
function isAgeAfterAt(doc: Document, number: Token | undefined): boolean {
  if (!number) return false;
  const after = doc.text.slice(number.end, number.end + 12);
  return /^\s*(?:$|[,.;]|(?:in|on|after|following|from|of|when|while|last|this)\b)/.test(after);
}

/** How far a person's clause may run before its second verb. */
const MAX_FIRST_PREDICATE = 20;

/** Words that open a clause of someone else's ("since he was 20", "said the firm"), or close the person's. */
const CLAUSE_BREAKS = /^(who|which|that|whose|whom|when|while|because|if|although|though|whereas|where|said|says|told|tells|added|adds|he|she|they|we|i|you|it)$/;

/**
 * "Thorsson first played in the event in 1964 and is now 81", "Dieter Brandt, who has led the company
 * since 2003 and is 66", "Sarkis, who starred in 11 of his films and turned 60 on Friday": the age in
 * a second verb of the person's own clause, which opens with the name as its subject or with "who".
 * Not "joined the yard aged 16" (the first verb's), "said the firm ... and is now 58", "since he was
 * 20 and is ...": another subject's clause may own the verb.
 */
export function ageInSecondVerb(doc: Document, person: PersonMention, subject: boolean): StatedAge | null {
  const relative = /^\s*,\s*$/.test(doc.tokens[person.end - 1]!.post) && doc.tokens[person.end]?.normal === 'who';
  const plainSubject = subject && (!/\S/.test(doc.tokens[person.end - 1]!.post) || isSubjectApposition(doc, person));
  if (!relative && !plainSubject) return null;
  return ageInSecondVerbFrom(doc, relative ? person.end + 1 : person.end);
}

/**
 * The age in the second verb of a clause whose first verb starts at `from` (see ageInSecondVerb):
 * "Tomás Ruiz, a developer in Dublin who joined the company aged 22 and is now 29".
 */
export function ageInSecondVerbFrom(doc: Document, from: number): StatedAge | null {
  const sentence = doc.sentences[doc.tokens[from]?.sentence ?? -1];
  if (sentence === undefined) return null;
  const limit = Math.min(from + MAX_FIRST_PREDICATE, sentence.endToken - 1);
  for (let i = from; i < limit; i++) {
    const token = doc.tokens[i]!;
    if (/[;:"“”]/.test(doc.tokens[i - 1]!.post)) return null;
    // "Smith and Jones joined ...": two subjects
    if (token.normal === 'and' && i === from) return null;
    if (token.normal !== 'and') {
      if (CLAUSE_BREAKS.test(token.normal)) return null;
      continue;
    }
    const verb = doc.tokens[i + 1]!;
    const number = doc.tokens[verb.normal === 'is' && doc.tokens[i + 2]?.normal === 'now' ? i + 3 : i + 2];
    if (!number || number.sentence !== sentence.index) return null;
    const endsSentence = number.index === sentence.endToken - 1;
    if (verb.normal === 'turned') return endsSentence || isAgeAfterAt(doc, number) ? bareAgeAt(doc, number.index) : null;
    if (verb.normal === 'is') return endsSentence || closesAgeClause(doc, number) ? bareAgeAt(doc, number.index) : null;
  }
  return null;
}

/**
 * "The previous record holder, Australian swimmer Judith Cole, set her mark ...", "The oldest, Icelandic
 * veteran Gunnar Thorsson, first played ...": the name, between commas, restates the sentence's opening
 * noun phrase, so the verb after it is the person's. No verb before the name.
 */
function isSubjectApposition(doc: Document, person: PersonMention): boolean {
  if (!/^\s*,\s*$/.test(doc.tokens[person.end - 1]!.post)) return false;
  const sentence = doc.sentences[person.sentence]!;
  const before = doc.tokens.slice(sentence.firstToken, person.first);
  const commas = before.filter((token) => /,/.test(token.post));
  return commas.length === 1 && before.every((token) => !token.tags.has('Verb'));
}
