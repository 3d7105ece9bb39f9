// Prints the gzip size of the JavaScript the plan page needs at first load and fails above the budget.
// Initial = the entry chunk and its static imports (lazy route chunks excluded); the plan route's
// own chunk and static imports are reported too, as loaded right after.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}

const gzipKb = (keys) => [...keys].reduce((sum, k) => sum + gzipSync(readFileSync(`dist/${manifest[k].file}`)).length, 0) / 1024;

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const planKey = Object.keys(manifest).find((k) => k.endsWith('routes/plans/plan.tsx'));
if (!entryKey || !planKey) {
  console.error('check-bundle-size: entry or plan route chunk not found in dist/.vite/manifest.json');
  process.exit(1);
}
const initial = closure(entryKey);
const planExtra = new Set([...closure(planKey)].filter((k) => !initial.has(k)));
const initialKb = gzipKb(initial);
const planKb = gzipKb(planExtra);

console.log(`initial JS (entry + static imports, ${initial.size} chunk(s)): ${initialKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
console.log(`plan route lazy chunk(s) (${planExtra.size}): ${planKb.toFixed(1)} KB gzip; plan page total ${(initialKb + planKb).toFixed(1)} KB gzip`);
if (initialKb > BUDGET_KB) {
  console.error(`check-bundle-size: initial JS ${initialKb.toFixed(1)} KB gzip exceeds ${BUDGET_KB} KB`);
  process.exit(1);
}
