import { randomUUID } from 'node:crypto';

/** The parts of a JSON schema (from /api/openapi.json) that `sample` reads. */
export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
}

/**
 * A body that a route's request schema accepts, with `text` in every string; `pick` walks the
 * choices of enums and booleans (private, shared, draft, now, ...). `booleans` fixes every
 * boolean instead (the attack suite sends `true` everywhere, the most a body can switch on).
 */
export function sample(
  schema: Schema | undefined,
  text: string,
  pick = 0,
  booleans?: boolean,
): unknown {
  if (!schema) return undefined;
  const option = schema.anyOf ?? schema.oneOf;
  if (option)
    return sample(option.find((s) => s.type !== 'null') ?? option[0], text, pick, booleans);
  if (schema.enum) return schema.enum[Math.min(pick, schema.enum.length - 1)];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, v]) => [
          k,
          sample(v, text, pick, booleans),
        ]),
      );
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () =>
        sample(schema.items, text, pick, booleans),
      );
    case 'integer':
    case 'number':
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? 1);
    case 'boolean':
      return booleans ?? pick % 2 === 1;
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date-time') return new Date(Date.now() + 2 * 86_400_000).toISOString();
      if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$')
        return new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      return text.slice(0, schema.maxLength ?? text.length).padEnd(schema.minLength ?? 0, '.');
    default:
      return text;
  }
}
