import { inputWords } from '../../content/input.ts';
import { hasHiddenCharacters } from '../text/plain-text.ts';
import { AppError } from './errors.ts';

const MAX_DEPTH = 32;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

const bad = (message: string) => new AppError('bad_request', message, { reason: 'bad_json' });

class ForbiddenKey extends Error {}
class HiddenCharacters extends Error {
  constructor(readonly field: string) {
    super('hidden characters');
  }
}

/**
 * Our JSON body parser: refuses invalid UTF-8, nesting deeper than any of our shapes needs,
 * prototype keys, and control or hidden direction characters in any text (the one rule for all
 * free text, `platform/text/plain-text.ts`), each with a clear 400 instead of a crash or a
 * polluted object. The field is named when it is one, so the form can show it there.
 */
export function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw bad('The request body is not valid UTF-8 text.');
  }
  if (nestingDepth(text) > MAX_DEPTH) throw bad('The request body is nested too deeply.');
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype')
        throw new ForbiddenKey();
      if ((typeof value === 'string' && hasHiddenCharacters(value)) || hasHiddenCharacters(key)) {
        throw new HiddenCharacters(key);
      }
      return value;
    });
  } catch (error) {
    if (error instanceof ForbiddenKey)
      throw bad('The request body uses a field name we do not accept.');
    if (error instanceof HiddenCharacters) {
      const named = /^[A-Za-z]\w*$/.test(error.field);
      throw new AppError('bad_request', inputWords.hiddenCharacters, {
        reason: 'hidden_characters',
        ...(named ? { fields: { [error.field]: inputWords.hiddenCharacters } } : {}),
      });
    }
    throw bad('The request body is not valid JSON.');
  }
}
