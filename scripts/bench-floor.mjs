#!/usr/bin/env node
// The floor of `npm run bench`: what any compromise + chrono extractor must at least do
// to the same documents, in one process: nlp(text) with people/places/organizations,
// and chrono's English parse. Reads the ndjson corpus on stdin; prints the word count.
import { createInterface } from 'node:readline';
import * as chrono from 'chrono-node/en';
import nlp from 'compromise';

let words = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  const { text } = JSON.parse(line);
  const doc = nlp(text);
  words += doc.people().length + doc.places().length + doc.organizations().length;
  words += chrono.parse(text).length;
}
process.stdout.write(`${words}\n`);
