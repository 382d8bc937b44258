/**
 * Names of bodies with no legal form ("Anglo American", "Royal Ulster Constabulary") are no
 * unknown persons' names; an ordinary word the article writes with a capital mid-sentence
 * opens the same name at a sentence's head ("Red Cross officials ... the Red Cross").
 */
import { describe, expect, it } from 'vitest';
import { isBodyShaped } from '../src/extract/names/evidence.js';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('a body-shaped name', () => {
  const shapes: [string, string[], boolean][] = [
    ['a nationality in it', ['Anglo', 'American'], true],
    ['a nationality before a word', ['Dutch', 'Vessara'], true],
    ['an ordinary adjective before unknown words', ['Royal', 'Kelvara', 'Constabulary'], true],
    ['an ordinary adjective before a noun', ['Random', 'House'], true],
    ['two unknown words', ['Tendai', 'Moyo'], false],
    ['a Chinese name', ['Wu', 'Tsai-lin'], false],
    ['a short word that is a surname', ['Long', 'Yongtu'], false],
    ['a given name no list knows that is a verb', ['Dries', 'Mertens'], false],
    ['a surname that is a common noun', ['Helmut', 'Newton'], false],
    ['a known given name', ['Boris', 'Royal'], false],
    ['a people', ['Bosnian', 'Serb'], false],
    ['a capitalised particle opening the surname', ['Marine', 'Le', 'Pen'], false],
    ['a particle in lower case inside a body\'s name', ['Royal', 'de', 'Kelvara'], true],
    ['a people with its compass point', ['South', 'Korean'], false],
    ['one word', ['Dutch'], false],
    ['a trade in another language', ['Norsk', 'Vessara'], true],
    ['a trade no lexicon knows', ['Kelvara', 'Cement'], true],
    ['a nationality with a foreign ending', ['Tessara', 'Italiana'], true],
    ['a state that ends like one', ['Indiana', 'Vessin'], false],
    ['a surname that ends like one', ['Marlo', 'Romano'], false],
  ];
  it.each(shapes)('%s', (_why, words, expected) => {
    expect(isBodyShaped(words)).toBe(expected);
  });

  const bodies: [string, string, string[]][] = [
    ['speaks as a body', 'In a statement, Global Vessara said it would cut jobs.', ['Global Vessara']],
    ['with a body word', 'The Royal Kelvara Constabulary said two men were arrested.', ['Royal Kelvara Constabulary']],
    ['a trade in another language', 'In Oslo, Norsk Vessara said profits rose.', ['Norsk Vessara']],
    ['a foreign nationality', 'In Rome, Tessara Italiana said output fell.', ['Tessara Italiana']],
    ["a place's head word", 'Analysts said Random Vessen House said it would publish the book.', ['Random Vessen House']],
  ];
  it.each(bodies)('is a body: %s', (_why, text, expected) => {
    expect(names(text, 'organizations')).toEqual(expected);
    expect(names(text, 'people')).toEqual([]);
  });

  const people: [string, string, string[]][] = [
    ['African', 'In Harare, Tendai Moyo said the police had arrived.', ['Tendai Moyo']],
    ['Kenyan', 'In Nairobi, Ochieng Otieno said he would run.', ['Ochieng Otieno']],
    ['Chinese', 'In Beijing, Long Yongtu said talks would resume.', ['Long Yongtu']],
    ['a surname that is a noun', 'Yesterday Helmut Newton said he would go.', ['Helmut Newton']],
  ];
  it.each(people)('stays a person: %s', (_why, text, expected) => {
    expect(names(text, 'people')).toEqual(expected);
  });
});

describe('a body word before "of"', () => {
  const cases: [string, string, string[]][] = [
    ['a trust', 'The Press Trust of Kelvara said 20 people died.', ['Press Trust of Kelvara']],
    ['armed forces', 'Rebels from the Armed Forces of Kelvara attacked a base.', ['Armed Forces of Kelvara']],
  ];
  it.each(cases)('%s', (_why, text, expected) => {
    expect(names(text, 'organizations')).toEqual(expected);
    expect(names(text, 'places')).toEqual([]);
  });
  it('leaves lower-case forces alone', () => {
    expect(names('The forces of Kelvara attacked a base.', 'organizations')).toEqual([]);
  });
});

describe('a pair the article capitalises mid-sentence', () => {
  it('opens the name at a sentence head', () => {
    const text = 'Red Cross officials said food was short. The Committee of the Red Cross suspended work.';
    expect(names(text, 'organizations')).toContain('Red Cross');
    expect(names(text, 'people')).toEqual([]);
  });
  it('keeps the whole name of a group that speaks', () => {
    const text = 'Human Rights Watch said troops had killed villagers. Pressure from Human Rights Watch grew.';
    expect(names(text, 'organizations')).toEqual(['Human Rights Watch']);
  });
  it('leaves an ordinary word before a title out of a name', () => {
    const text = 'Former President Jimmy Carter arrived. He met Former President George Bush.';
    expect(names(text, 'people')).toEqual(['Jimmy Carter', 'George Bush']);
    expect(names(text, 'organizations').filter((name) => name.includes('President'))).toEqual([]);
  });
  it('leaves an ordinary word the article never capitalises inside a sentence alone', () => {
    expect(names('Heavy Kelvara rain fell on Monday.', 'organizations')).toEqual([]);
  });
});

describe('officials who speak', () => {
  it('speak for a body, which is no person', () => {
    expect(names('Vessara Cross officials said food was short.', 'people')).toEqual([]);
  });
  it('leave a person who speaks a person', () => {
    expect(names('Tendai Moyo said food was short.', 'people')).toEqual(['Tendai Moyo']);
  });
});

describe("a body's office in lower case after a name", () => {
  const bodies: [string, string][] = [
    ['a leader', 'Vessa Torran leader Tam Rask said talks would resume. Vessa Torran wants a ceasefire.'],
    ['a president', 'Vessa Torran president Tam Rask said so. Vessa Torran agreed.'],
  ];
  it.each(bodies)('makes it a body: %s', (_why, text) => {
    expect(names(text, 'organizations')).toEqual(['Vessa Torran']);
    expect(names(text, 'people')).toEqual(['Tam Rask']);
  });
  it("leaves a person's aide's master a person", () => {
    const text = 'Marlo Vessin aide Tam Rask said the president would veto.';
    expect(names(text, 'organizations')).toEqual([]);
    expect(names(text, 'people')).toEqual(['Marlo Vessin', 'Tam Rask']);
  });
});

describe('a party named by adjectives and "and"', () => {
  const joined: [string, string, string][] = [
    ['after "the"', 'Tam Rask, deputy leader of the Social Progressive and Kelvara Party, called for calm.', 'Social Progressive and Kelvara Party'],
    ['opening a sentence', 'The Radical Civic and Farmers Front said it would attend.', 'Radical Civic and Farmers Front'],
  ];
  it.each(joined)('is one body: %s', (_why, text, expected) => {
    expect(names(text, 'organizations')).toEqual([expected]);
  });
  const apart: [string, string][] = [
    ['a party affiliation before "and"', 'He met the Republican and Democratic Party leaders on Monday.'],
    ['no article before it', 'Social Progressive and Kelvara Party leaders met on Monday.'],
    ['two bodies', 'Talks between the Kelvara Party and Vessara Front began.'],
  ];
  it.each(apart)('stays apart: %s', (_why, text) => {
    expect(names(text, 'organizations').filter((name) => / and /.test(name))).toEqual([]);
  });
});

describe('what a body does "by", and its parts "of"', () => {
  const bodies: [string, string][] = [
    ['chartered by', 'The tanker, chartered by Vessa Torran, ran aground.'],
    ['a unit of', 'Kelvara Mining, a unit of Vessa Torran, said profits rose. Vessa Torran said nothing.'],
  ];
  it.each(bodies)('makes a body: %s', (_why, text) => {
    expect(names(text, 'organizations')).toContain('Vessa Torran');
    expect(names(text, 'people')).toEqual([]);
  });
  const people: [string, string][] = [
    ['owned by', 'The house was owned by Tendai Moyo until 1990.'],
    ['directed by', 'The film was directed by Tendai Moyo.'],
    ['operated on by', 'He was operated on by Tendai Moyo, a surgeon.'],
  ];
  it.each(people)('leaves a person: %s', (_why, text) => {
    expect(names(text, 'people')).toEqual(['Tendai Moyo']);
  });
});
