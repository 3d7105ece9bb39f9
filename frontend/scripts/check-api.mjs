// Regenerates the API types into a temporary file and fails when they differ from src/lib/api/schema.d.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'zonale-api-'));
const out = join(dir, 'schema.d.ts');
try {
  execFileSync('npx', ['openapi-typescript', '../openapi.yaml', '-o', out], { stdio: 'ignore' });
  const fresh = readFileSync(out, 'utf8');
  const committed = readFileSync('src/lib/api/schema.d.ts', 'utf8');
  if (fresh !== committed) {
    console.error('check:api: src/lib/api/schema.d.ts is out of date with ../openapi.yaml; run `npm run gen:api`.');
    process.exit(1);
  }
  console.log('check:api: schema.d.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
