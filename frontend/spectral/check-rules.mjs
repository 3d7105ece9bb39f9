// Proves our Spectral rules work: every zonale-* rule fires on fixtures/bad.yaml, and
// fixtures/good.yaml has no error at all (ours, spectral:oas or OWASP). Run: npm run test:lint-rules
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const cliPkg = require.resolve('@stoplight/spectral-cli/package.json');
const cli = join(dirname(cliPkg), JSON.parse(readFileSync(cliPkg, 'utf8')).bin.spectral);

// Every rule of ours, in .spectral.yaml order; bad.yaml must trigger each one.
const EXPECTED = [
  'zonale-info-version-semver',
  'zonale-base-path-api-v1',
  'zonale-no-credentials-in-url',
  'zonale-properties-camel-case',
  'zonale-date-format',
  'zonale-no-top-level-array-response',
  'zonale-enum-upper-snake-case',
  'zonale-numeric-format',
  'zonale-get-no-request-body',
  'zonale-paths-kebab-case',
  'zonale-headers-hyphenated-pascal-case',
  'zonale-response-headers-hyphenated-pascal-case',
  'zonale-standard-paging-query-names',
  'zonale-errors-problem-json',
  'zonale-status-endpoint',
  'zonale-rate-limit-headers',
  'zonale-retry-after',
  'zonale-operation-id',
  'zonale-operation-tag',
];

function lint(fixture) {
  const run = spawnSync(
    process.execPath,
    [cli, 'lint', join(here, 'fixtures', fixture), '--ruleset', join(root, '.spectral.yaml'), '--format', 'json', '--quiet'],
    { cwd: root, encoding: 'utf8' },
  );
  try {
    return JSON.parse(run.stdout);
  } catch {
    console.error(`spectral failed on ${fixture} (exit ${run.status}):\n${run.stdout}${run.stderr}`);
    process.exit(2);
  }
}

const failures = [];

// The ruleset must not hold a zonale-* rule that this list forgets (or the reverse).
const declared = [...readFileSync(join(root, '.spectral.yaml'), 'utf8').matchAll(/^  (zonale-[a-z0-9-]+):/gm)].map((m) => m[1]);
for (const code of declared) if (!EXPECTED.includes(code)) failures.push(`${code} is in .spectral.yaml but not in EXPECTED`);
for (const code of EXPECTED) if (!declared.includes(code)) failures.push(`${code} is in EXPECTED but not in .spectral.yaml`);

const bad = new Set(lint('bad.yaml').map((r) => r.code));
for (const code of EXPECTED) {
  if (!bad.has(code)) failures.push(`bad.yaml: expected rule ${code} to fire, it did not`);
}

const goodErrors = lint('good.yaml').filter((r) => r.severity === 0);
for (const r of goodErrors) failures.push(`good.yaml: ${r.code} at ${r.path.join('.')}: ${r.message}`);

if (failures.length) {
  console.error(`✖ ${failures.length} failure(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`✔ all ${EXPECTED.length} zonale-* rules fire on bad.yaml; good.yaml has 0 errors`);
