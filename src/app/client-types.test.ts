import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The shape of an answer belongs in the feature's schema file, where the route declares it; the
// client imports its type (decision 166). A shape written by hand in a client file drifts.
const features = join(import.meta.dirname, '..', 'features');
const clientFiles = readdirSync(features).flatMap((feature) => {
  const ui = join(features, feature, 'ui');
  try {
    return readdirSync(ui)
      .filter((name) => name.endsWith('-api.ts'))
      .map((name) => join(ui, name));
  } catch {
    return [];
  }
});

/** An interface, or a type alias to an object literal, at the start of a line. */
const handWritten = /^(?:export\s+)?(?:interface\s+\w+|type\s+\w+(?:<[^>]*>)?\s*=\s*\{)/m;

describe('client files', () => {
  it('are found', () => {
    expect(clientFiles.length).toBeGreaterThan(10);
  });

  it.each(clientFiles.map((file) => [file.slice(features.length + 1), file]))(
    '%s writes no answer shape by hand',
    (_name, file) => {
      const source = readFileSync(file, 'utf8');
      expect(source.match(handWritten)?.[0]).toBeUndefined();
    },
  );

  it.each(clientFiles.map((file) => [file.slice(features.length + 1), file]))(
    '%s takes only types from a schema file (zod stays out of the browser)',
    (_name, file) => {
      const source = readFileSync(file, 'utf8');
      const valueImports = [
        ...source.matchAll(/^import\s+(?!type\b)([^;]*?)\s+from\s+'([^']+)'/gms),
      ]
        .filter(
          ([, names, from]) =>
            /\.schema\.ts$|^zod$/.test(from!) && !/^\{\s*(type\s+\w+,?\s*)+\}$/.test(names!),
        )
        .map(([line]) => line);
      expect(valueImports).toEqual([]);
    },
  );

  it('name each calls object once across the app (one safetyApi, not one per feature)', () => {
    const owners = new Map<string, string[]>();
    for (const file of clientFiles) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/^export const (\w+)/gm)) {
        owners.set(name!, [...(owners.get(name!) ?? []), file.slice(features.length + 1)]);
      }
    }
    expect(owners.get('safetyApi')).toEqual(['safety/ui/safety-api.ts']);
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
