/** factx's post-tagger sweep: the opening-word check that skips compromise's matcher. */
import { describe, expect, it } from 'vitest';
import nlp from '../src/nlp.js';
import { type MatchStep, mayStart } from '../src/nlp/sweep.js';

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
    // first steps it cannot judge: always true
    ['#Adverb? #Verb', 'Dogs bark.', true],
    ['^#Noun', 'Dogs bark.', true],
    ['!#Noun #Verb', 'Dogs bark.', true],
    ['. #Verb', 'Dogs bark.', true],
  ])('%s in %j: %s', (rule, text, expected) => {
    expect(mayStart(parseMatch(rule), termsOf(text))).toBe(expected);
  });

  it('never says no where compromise finds a match', () => {
    const rules = ['#Determiner #Noun', 'was #Adverb', '(a|the) #Noun', '#Adjective+ #Noun', 'we have #Verb', '#Noun was #Verb', 'is not', '#Pronoun #Verb'];
    const texts = ["We've gone home.", 'The man was not there.', 'It is not over.', 'Big red dogs bark at a cat.', 'They said he was quietly leaving.'];
    for (const rule of rules)
      for (const text of texts) if (matches(rule, text)) expect(mayStart(parseMatch(rule), termsOf(text)), `${rule} / ${text}`).toBe(true);
  });
});
