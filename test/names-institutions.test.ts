/** A body's name opening a sentence on an ordinary word (institutions.ts): "White House spokesman ...". */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const organizations = (text: string): string[] => facts(text).organizations.map((org) => org.name);

describe("a body's name at the head of a sentence", () => {
  it.each([
    ['White House spokesman Mike McCurry said no.', 'White House'],
    ['State Department spokesman Nicholas Burns told a briefing.', 'State Department'],
    ['Labour Party leader Tony Blair spoke in Leeds.', 'Labour Party'],
    ['Supreme Court judges ruled on Monday.', 'Supreme Court'],
    ['Opera House staff went on strike.', 'Opera House'],
  ])('%s', (text, body) => {
    expect(organizations(text)).toContain(body);
  });

  it.each([
    // a describing word, not the body's name
    ['Former Party leader Ann Lee spoke in Leeds.', 'Former Party'],
    ['Two Council members resigned.', 'Two Council'],
    // nothing of the body's people or speech after it: the capital may be the sentence's alone
    ['Green Party is what they called it.', 'Green Party'],
    // no body's head word after the first word
    ['Big Apple officials said the parade would go ahead.', 'Big Apple'],
  ])('no body: %s', (text, wrong) => {
    expect(organizations(text)).not.toContain(wrong);
  });
});
