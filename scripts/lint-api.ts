// `npm run lint:api`: writes the OpenAPI document (scripts/api-document.ts) and lints it with
// Redocly's recommended rules (redocly.yaml). Redocly fails only on errors; a client generator
// stumbles on what it warns about too, so any warning fails here as well (docs/decisions/100).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const write = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'api-document.ts')], {
  stdio: 'inherit',
});
if (write.status !== 0) process.exit(write.status ?? 1);

const lint = spawnSync(join('node_modules', '.bin', 'redocly'), ['lint', '--format=json'], {
  encoding: 'utf8',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
interface Problem {
  ruleId: string;
  severity: string;
  message: string;
  location: { pointer?: string }[];
}
let report: { totals: { errors: number; warnings: number; ignored: number }; problems: Problem[] };
try {
  report = JSON.parse(lint.stdout) as typeof report;
} catch {
  process.stderr.write(lint.stdout + lint.stderr);
  console.error('redocly lint did not answer a report (see above).');
  process.exit(1);
}
for (const problem of report.problems) {
  console.log(
    `${problem.severity} ${problem.ruleId}: ${problem.message} (${problem.location[0]?.pointer ?? 'document'})`,
  );
}
const { errors, warnings, ignored } = report.totals;
console.log(
  `API document: ${errors} errors, ${warnings} warnings, ${ignored} accepted in .redocly.lint-ignore.yaml.`,
);
process.exit(errors + warnings > 0 || lint.status !== 0 ? 1 : 0);
