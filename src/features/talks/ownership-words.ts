// A second reader for ownership notes, learned from the labelled sentences in ownership-sets/.
// The shapes (ownership-shapes*.ts) name what they notice; this only weighs how close a sentence
// is to the ones that land badly versus the honest ones, word by word and word pair by word pair,
// with every word after "not", "never", "no"… marked as negated. The notes use it twice: a shape's
// note is dropped when the sentence reads clearly like the honest ones, and a sentence no shape
// noticed gets a general note when it reads clearly like the ones that land badly. The weights are
// plain numbers in ownership-weights.ts, written by scripts/train-ownership-weights.ts; a test
// retrains them from the sets and checks they match, so nobody tunes them by hand.
import { bias, weights } from './ownership-weights.ts';

const negator =
  /^(?:not|never|no|nothing|none|nobody|neither|nor|without|cannot)$|n't$|^(?:cant|wont|dont|didnt|doesnt|isnt|wasnt|arent|werent)$/;

/** The words of a sentence, lower case, with "NEG_" before each word after a negation. */
export function wordFeatures(sentence: string): string[] {
  const words =
    sentence
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .match(/[a-z']+|[,;:]/g) ?? [];
  const marked: string[] = [];
  let negated = false;
  for (const w of words) {
    if (w === ',' || w === ';' || w === ':') {
      negated = false;
      continue;
    }
    if (negator.test(w)) {
      negated = true;
      marked.push(w);
      continue;
    }
    marked.push(negated ? `NEG_${w}` : w);
  }
  const features = new Set(marked);
  for (let i = 1; i < marked.length; i++) features.add(`${marked[i - 1]} ${marked[i]}`);
  return [...features];
}

/** How much a sentence reads like the ones that land badly, from 0 (honest) to 1. */
export function landsBadly(sentence: string): number {
  let z = bias;
  for (const f of wordFeatures(sentence)) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
