import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { queryRows } from './database.ts';
import { inlineParams, sqlLiteral } from './inline-params.ts';

describe('inlineParams', () => {
  it('replaces each placeholder with its value as a literal', () => {
    expect(inlineParams('select * from t where a = $1 and b = $2', ['x', 5])).toBe(
      "select * from t where a = 'x' and b = '5'",
    );
    expect(inlineParams('select $10, $1', ['a', 2, 3, 4, 5, 6, 7, 8, 9, 'ten'])).toBe(
      "select 'ten', 'a'",
    );
    expect(inlineParams('select $1::uuid is null', [null])).toBe('select NULL::uuid is null');
  });

  it('escapes quotes and backslashes so a value can never end its literal', () => {
    expect(sqlLiteral("it's")).toBe("'it''s'");
    expect(sqlLiteral("a\\'; drop table people; --")).toBe(" E'a\\\\''; drop table people; --'");
    expect(sqlLiteral(true)).toBe("'true'");
    expect(sqlLiteral({ a: "b'" })).toBe(`'{"a":"b''"}'`);
    expect(sqlLiteral(Buffer.from([1, 255]))).toBe("'\\x01ff'");
  });

  it('leaves placeholders alone inside strings, identifiers, dollar quotes and comments', () => {
    const text = `select '$1', E'\\'$1', "a$1", $$ $1 $$, $tag$ $1 $tag$, x$1 -- $1
      /* $1 /* $1 */ $1 */ , $1`;
    expect(inlineParams(text, ['v'])).toBe(text.replace(/, \$1$/, ", 'v'"));
  });

  it('refuses a placeholder that has no value', () => {
    expect(() => inlineParams('select $2', ['only one'])).toThrow(/\$2/);
    expect(() => inlineParams('select $0', [])).toThrow();
  });
});

describe('an inlined statement answers what the parameterized one answers', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
  });
  afterAll(() => t.close());

  const text = fc.string({
    unit: fc.constantFrom('a', "'", '\\', '$', '"', '1', ';', '-', '*', '/', 'é', '😀', ' ', '\n'),
  });

  it('for any text, number, flag, date and JSON', async () => {
    await t.db.withOwner(async (tx) => {
      await fc.assert(
        fc.asyncProperty(
          text,
          fc.integer(),
          fc.boolean(),
          fc.date({
            min: new Date('1900-01-01'),
            max: new Date('2200-01-01'),
            noInvalidDate: true,
          }),
          fc.option(fc.dictionary(text, text)),
          async (s, n, b, d, j) => {
            const query = sql`select ${s}::text as s, ${n}::int as n, ${b}::boolean as b,
              ${d}::timestamptz as d, ${j === null ? null : JSON.stringify(j)}::jsonb as j, length(${s}) as len`;
            const [viaParams] = await queryRows<Record<string, unknown>>(tx, query);
            const { sql: statement, params } = new PgDialect().sqlToQuery(query);
            const [inlined] = await queryRows<Record<string, unknown>>(
              tx,
              sql.raw(inlineParams(statement, params)),
            );
            expect(inlined).toEqual(viaParams);
            expect(viaParams!.s).toBe(s);
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
