// `npm run docs:model`: regenerate the catalog, source and worked-example tables of docs/model.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { withGeneratedBlocks } from './modelDoc';

const path = 'docs/model.md';
writeFileSync(path, withGeneratedBlocks(readFileSync(path, 'utf8')));
console.log(`${path}: generated tables written`);
