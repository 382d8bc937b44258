/** Particles inside surnames ("Le Pen", "De Bruyne", "van Persie"): the full name and its short form are one person. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const people = (text: string): [string, string[]][] => facts(text).people.map((person) => [person.name, person.mentions.map((m) => m.text)]);

describe('a particle opens the short form of a surname', () => {
  it.each([
    // sentence-initial capitalised particle
    ['Marine Le Pen spoke in Lyon. Le Pen told reporters the vote was rigged.', [['Marine Le Pen', ['Marine Le Pen', 'Le Pen']]]],
    ['Kevin De Bruyne scored twice. De Bruyne later said the team played well.', [['Kevin De Bruyne', ['Kevin De Bruyne', 'De Bruyne']]]],
    // mid-sentence, after a lower-case word
    ['Kevin De Bruyne was injured, so coach Jack Hill left out De Bruyne.', [['Kevin De Bruyne', ['Kevin De Bruyne', 'De Bruyne']], ['Jack Hill', ['Jack Hill']]]],
    // a lower-case particle opens the name
    ['Robin van Persie joined the club. Fans said van Persie was the best.', [['Robin van Persie', ['Robin van Persie', 'van Persie']]]],
    // two particles
    ['Ursula von der Leyen arrived. Von der Leyen thanked her hosts.', [['Ursula von der Leyen', ['Ursula von der Leyen', 'Von der Leyen']]]],
    // a particle joined by a hyphen; the surname alone joins the full name
    ['Abdel Fattah el-Sisi spoke on Monday. Sisi said Egypt was ready.', [['Abdel Fattah el-Sisi', ['Abdel Fattah el-Sisi', 'Sisi']]]],
    ['Bashar al-Assad spoke. Officials said al-Assad would not attend.', [['Bashar al-Assad', ['Bashar al-Assad', 'al-Assad']]]],
    // "Van" is a Turkish province and "Der" a first name to the lists: no place split off
    ['Joost van der Broek won. Van der Broek said he was tired.', [['Joost van der Broek', ['Joost van der Broek', 'Van der Broek']]]],
    // the headline's "beats" would make a club of the short form: it joins the person all the same
    ['TENNIS - VAN DER BROEK BEATS LE GALL .\nJoost van der Broek ( Netherlands ) beat Yann Le Gall ( France ) 6-4 6-3\nLe Gall said he was tired .', [['Joost van der Broek', ['VAN DER BROEK', 'Joost van der Broek']], ['Yann Le Gall', ['LE GALL', 'Yann Le Gall', 'Le Gall']]]],
    // a sentence-initial adverb or date is no given name
    ['Kevin De Bruyne ran. Yesterday De Bruyne scored. Then De Bruyne left.', [['Kevin De Bruyne', ['Kevin De Bruyne', 'De Bruyne', 'De Bruyne']]]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('particles inside a full name', () => {
  it.each([
    ['Gerrit ter Horst said little.', 'Gerrit ter Horst'],
    ['Ronaldo dos Santos said he was tired.', 'Ronaldo dos Santos'],
    ['The letters of Jean de La Fontaine were read aloud.', 'Jean de La Fontaine'],
    ['Fans cheered Robin van Persie.', 'Robin van Persie'],
    // a surname that is a company's word too, after a particle
    ['Fans cheered. Ruud van der Linde scored twice.', 'Ruud van der Linde'],
    // Swedish nobility's "af", the Filipino "dela"
    ['Chairman Birgitta af Klinteberg rejected the offer.', 'Birgitta af Klinteberg'],
    ['Survivor Romeo dela Cruz held his children above the waves.', 'Romeo dela Cruz'],
  ])('%s', (text, name) => {
    expect(people(text).map(([found]) => found)).toEqual([name]);
  });
});

describe('no person from a particle', () => {
  it.each([
    'Le chef said no.',
    'De facto rules apply.',
    'The Tour de France starts in July.',
    'Le Monde reported the deal.',
    'Barcelona lead La Liga.',
    'She spelled the words out: De, La, Van.',
    'The de facto leader spoke.',
  ])('%s', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('a place before a first name that is no particle still splits off', () => {
  it.each([
    ['Officials said Paris Kevin Smith was held.', ['Kevin Smith']],
  ])('%s', (text, expected) => {
    expect(people(text).map(([name]) => name)).toEqual(expected);
  });
});
