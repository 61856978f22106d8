// Trains the word weights for ownership notes (src/features/talks/ownership-weights.ts) from the
// labelled sets: plain logistic regression, the same every run. Run with
//   node --import tsx scripts/train-ownership-weights.ts
// then `npx prettier --write` the file it writes, and commit it. The newest set is left out: it
// measures sentences nobody trained or tuned on (decision 044).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { trainWeights, weightsSource } from '../src/features/talks/ownership-training.ts';

const out = fileURLToPath(new URL('../src/features/talks/ownership-weights.ts', import.meta.url));
const trained = trainWeights();
writeFileSync(out, weightsSource(trained));
console.log(`${Object.keys(trained.weights).length} weights written to ${out}`);
