import { getTableColumns, type Table } from 'drizzle-orm';

/**
 * Rows of `table` that came back inside one statement as JSON (`json_agg(t)` or `to_json(t)`),
 * turned into what drizzle's own select answers: property names and column types (a timestamp
 * becomes a Date). Lets a read gather a parent and its children in one statement (decision 110).
 */
export function rowsFromJson<T extends Table>(table: T, json: unknown): T['$inferSelect'][] {
  const parsed: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  const list = (Array.isArray(parsed) ? parsed : parsed ? [parsed] : []) as Record<
    string,
    unknown
  >[];
  const columns = Object.entries(getTableColumns(table));
  return list.map(
    (raw) =>
      Object.fromEntries(
        columns.map(([key, column]) => {
          const value = raw[column.name];
          return [
            key,
            value === null || value === undefined ? null : column.mapFromDriverValue(value),
          ];
        }),
      ) as T['$inferSelect'],
  );
}
