/**
 * Where the people are: each named person mention with its tokens, so that
 * descriptions, ages and events can look a name up by position.
 */
import type { Document } from '../../document.js';
import type { Entity } from '../model.js';

export interface PersonMention {
  entity: Entity;
  /** Token range `[first, end)` of the name. */
  first: number;
  end: number;
  sentence: number;
  start: number;
  stop: number;
}

export function personMentions(doc: Document, entities: Entity[]): PersonMention[] {
  const byStart = new Map(doc.tokens.map((token) => [token.start, token.index]));
  const found: PersonMention[] = [];
  for (const entity of entities) {
    if (entity.kind !== 'person') continue;
    for (const mention of entity.mentions) {
      const first = byStart.get(mention.start);
      if (first === undefined) continue;
      let end = first + 1;
      while (end < doc.tokens.length && doc.tokens[end]!.start < mention.end) end++;
      found.push({ entity, first, end, sentence: doc.tokens[first]!.sentence, start: mention.start, stop: mention.end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The person named by the tokens `[first, end)`, if any. */
export function personAt(mentions: PersonMention[], tokenIndex: number): PersonMention | undefined {
  return mentions.find((mention) => tokenIndex >= mention.first && tokenIndex < mention.end);
}
