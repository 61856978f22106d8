import pg from 'pg';
// node-postgres's own conversion of a JavaScript value to the text it would send as a parameter.
import utils from 'pg/lib/utils.js';

const { prepareValue } = utils;

/**
 * A parameter as a SQL literal that PostgreSQL reads exactly as it reads the same value sent as
 * a parameter: node-postgres sends every parameter as text with no declared type, and an
 * untyped quoted literal is resolved by the same rules. Quotes and backslashes are escaped by
 * node-postgres's `escapeLiteral` (an `E'...'` literal when there is a backslash), so the value
 * can never end the literal early.
 */
export function sqlLiteral(value: unknown): string {
  const prepared = prepareValue(value);
  if (prepared === null) return 'NULL';
  if (Buffer.isBuffer(prepared)) return `'\\x${prepared.toString('hex')}'`;
  return pg.escapeLiteral(prepared);
}

const IDENT_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;

/**
 * Puts the parameters of a parameterized statement (`$1`, `$2`, ...) into its text as literals,
 * so that it can travel with other statements in one simple-protocol message (one round trip).
 * Placeholders inside quoted strings, quoted identifiers, dollar-quoted bodies and comments are
 * left alone, as PostgreSQL itself would. A placeholder with no parameter is an error.
 */
export function inlineParams(text: string, params: readonly unknown[]): string {
  if (params.length === 0 && !text.includes('$')) return text;
  let out = '';
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === "'") {
      // E'...' strings take backslash escapes; ordinary ones only '' (standard_conforming_strings).
      const escapes =
        i > 0 && /[eE]/.test(text[i - 1]!) && (i < 2 || !IDENT_CHAR.test(text[i - 2]!));
      i++;
      while (i < n) {
        if (escapes && text[i] === '\\') i += 2;
        else if (text[i] === "'" && text[i + 1] === "'") i += 2;
        else if (text[i] === "'") break;
        else i++;
      }
      i++;
    } else if (c === '"') {
      i = text.indexOf('"', i + 1);
      while (i !== -1 && text[i + 1] === '"') i = text.indexOf('"', i + 2);
      i = i === -1 ? n : i + 1;
    } else if (c === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        const pair = text.slice(i, i + 2);
        if (pair === '/*' || pair === '*/') {
          depth += pair === '/*' ? 1 : -1;
          i += 2;
        } else {
          i++;
        }
      }
    } else if (c === '$' && (i === 0 || !IDENT_CHAR.test(text[i - 1]!))) {
      const digits = /^\$(\d+)/.exec(text.slice(i, i + 12));
      if (digits) {
        const index = Number(digits[1]) - 1;
        if (index < 0 || index >= params.length)
          throw new Error(`No value for placeholder $${index + 1}`);
        out += text.slice(from, i) + sqlLiteral(params[index]);
        i += digits[0].length;
        from = i;
        continue;
      }
      const tag = DOLLAR_TAG.exec(text.slice(i, i + 64));
      if (tag) {
        const end = text.indexOf(tag[0], i + tag[0].length);
        i = end === -1 ? n : end + tag[0].length;
      } else {
        i++;
      }
    } else {
      i++;
    }
  }
  return out + text.slice(from);
}
