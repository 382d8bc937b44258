import type { Document } from '../../document.js';

/**
 * A test of a document's line, answered once per line: callers ask for every
 * token of a line ("Arsenal 2 West Ham 0" is a results line for each of its words).
 */
export function cachedPerLine(test: (doc: Document, lineIndex: number) => boolean): (doc: Document, lineIndex: number) => boolean {
  const answers = new WeakMap<Document, Map<number, boolean>>();
  return (doc, lineIndex) => {
    let known = answers.get(doc);
    if (!known) answers.set(doc, (known = new Map()));
    let answer = known.get(lineIndex);
    if (answer === undefined) known.set(lineIndex, (answer = test(doc, lineIndex)));
    return answer;
  };
}
