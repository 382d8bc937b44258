/** factx's post-tagger sweep: the opening-word check that skips compromise's matcher. */
import { describe, expect, it } from 'vitest';
import nlp from '../src/nlp.js';
import { type MatchStep, firstOpening, mayStart } from '../src/nlp/sweep.js';

type Terms = Parameters<typeof mayStart>[1];
const { one } = nlp.methods() as unknown as { one: { parseMatch(match: string, opts: object, world: unknown): MatchStep[] } };
const parseMatch = (rule: string): MatchStep[] => one.parseMatch(rule, {}, nlp.world());
const termsOf = (text: string): Terms => (nlp(text).docs as unknown as Terms[])[0] ?? [];
/** compromise's own verdict: does the rule match anywhere in the sentence? */
const matches = (rule: string, text: string): boolean => nlp(text).match(rule).found;

describe('mayStart', () => {
  it.each([
    // [rule, sentence, may start]
    ['#Determiner #Noun', 'The cat sat on the mat.', true],
    ['#Determiner #Noun', 'Cats sleep all day.', false],
    ['was #Adverb', 'It was quickly done.', true],
    ['was #Adverb', 'It was done quickly.', false],
    ['(a|the) #Noun', 'She read the paper.', true],
    ['(a|the) #Noun', 'She read it quietly.', false],
    ['#Adjective+ #Noun', 'Big red dogs bark.', true],
    ['#Adjective+ #Noun', 'Dogs bark.', false],
    ['#Noun was #Verb', 'The report was leaked.', true],
    ['#Noun was #Verb', 'The report was.', false],
    // an anchored first step: the first word only
    ['^#Noun', 'Dogs bark.', true],
    ['^#Verb', 'Dogs bark.', false],
    ['^#Noun', 'Big dogs bark.', false],
    // a choice of one-word steps, all of them or one of them
    ['(#Noun && #Plural) #Verb', 'Dogs bark.', true],
    ['(#Noun && #Plural) #Verb', 'The dog barked.', false],
    ['(#Noun && !#Plural) #Verb', 'The dog barked.', true],
    ['(#Month|#WeekDay) #Value', 'We met on Friday 12 times.', true],
    ['(#Month|#WeekDay) #Value', 'We met in Paris twice.', false],
    // first steps it cannot judge: always true
    ['#Adverb? #Verb', 'Dogs bark.', true],
    ['(#Noun|big dogs) #Verb', 'Cats sleep.', true],
    ['!#Noun #Verb', 'Dogs bark.', true],
    ['. #Verb', 'Dogs bark.', true],
  ])('%s in %j: %s', (rule, text, expected) => {
    expect(mayStart(parseMatch(rule), termsOf(text))).toBe(expected);
  });

  it('never says no where compromise finds a match', () => {
    const rules = ['#Determiner #Noun', 'was #Adverb', '(a|the) #Noun', '#Adjective+ #Noun', 'we have #Verb', '#Noun was #Verb', 'is not', '#Pronoun #Verb', '^#Pronoun', '(#Noun && #Plural) #Verb', '(#Adverb|#Negative) #Verb'];
    const texts = ["We've gone home.", 'The man was not there.', 'It is not over.', 'Big red dogs bark at a cat.', 'They said he was quietly leaving.'];
    for (const rule of rules)
      for (const text of texts) if (matches(rule, text)) expect(mayStart(parseMatch(rule), termsOf(text)), `${rule} / ${text}`).toBe(true);
  });
});

describe('firstOpening', () => {
  it.each([
    // [rule, sentence, first word that may open a match]
    ['#Determiner #Noun', 'Cats sleep on the mat.', 3],
    ['#Determiner #Noun', 'The cat sat on the mat.', 0],
    ['#Determiner #Noun', 'Cats sleep all day.', -1],
    ['was #Adverb', 'It was quickly done.', 1],
    ['^#Noun', 'Dogs bark.', 0],
    ['^#Verb', 'Dogs bark.', -1],
    ['#Adverb? #Verb', 'Dogs bark.', 0],
  ])('%s in %j: %s', (rule, text, expected) => {
    expect(firstOpening(parseMatch(rule), termsOf(text))).toBe(expected);
  });
});
