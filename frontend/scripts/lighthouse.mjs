// Lighthouse mobile scores of one page, for `./zonale bench` (it reports, it never fails on a low score).
//
//   node frontend/scripts/lighthouse.mjs <url> [--runs N] [--out summary.json] [--report full-report.json]
//
// Lighthouse is not a dependency of the SPA: it is installed on demand, like maildev, with
//   npm install --prefix .local/lighthouse lighthouse@12.8.2
// and loaded from $LIGHTHOUSE_HOME (default <repo>/.local/lighthouse). The browser is Debian's
// Chromium (`command -v chromium`, or $CHROME_PATH). Lighthouse's default config is used as is: mobile
// form factor and screen emulation, simulated throttling (slow 4G, 4× CPU slowdown).
//
// Prints one line per category (score × 100) and the key metrics; --out writes the same as JSON.
// Simulated throttling scales by the CPU Lighthouse measures, so on a shared machine scores move from
// run to run: --runs N (default 1) measures N times, each in a fresh Chromium, and reports the run with
// the median performance score (the way Lighthouse's documentation advises to compare).
// Exit 0 with scores (however low), 1 when the page could not be measured, 2 on a usage or setup error.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HOME = path.resolve(process.env.LIGHTHOUSE_HOME ?? path.join(REPO, '.local/lighthouse'));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
];

function fail(code, message) {
  console.error(`lighthouse.mjs: ${message}`);
  process.exit(code);
}

function parseArgs(argv) {
  const args = { url: null, out: null, report: null, runs: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out' || a === '--report') {
      if (!argv[i + 1]) fail(2, `${a} needs a file name`);
      args[a.slice(2)] = argv[++i];
    } else if (a === '--runs') {
      args.runs = Number(argv[++i]);
      if (!Number.isInteger(args.runs) || args.runs < 1 || args.runs > 9) fail(2, '--runs takes a number from 1 to 9');
    } else if (a === '-h' || a === '--help') {
      console.log('usage: node frontend/scripts/lighthouse.mjs <url> [--runs N] [--out summary.json] [--report full-report.json]');
      process.exit(0);
    } else if (!args.url && !a.startsWith('-')) {
      args.url = a;
    } else {
      fail(2, `unknown argument ${a}`);
    }
  }
  if (!args.url || !/^https?:\/\//.test(args.url)) fail(2, 'give the URL to measure, e.g. http://127.0.0.1:4173/');
  return args;
}

/** A module of the Lighthouse installation in HOME, by its package name. */
async function importFromHome(name) {
  const dir = path.join(HOME, 'node_modules', name);
  const pkgFile = path.join(dir, 'package.json');
  if (!existsSync(pkgFile)) {
    fail(2, `${name} is not installed in ${HOME}: run  npm install --prefix ${HOME} lighthouse@12.8.2  (or set LIGHTHOUSE_HOME)`);
  }
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  const exp = pkg.exports?.['.'] ?? pkg.exports;
  const entry = (typeof exp === 'string' ? exp : (exp?.import ?? exp?.default)) ?? pkg.main ?? 'index.js';
  return { module: await import(pathToFileURL(path.join(dir, typeof entry === 'string' ? entry : entry.default))), version: pkg.version };
}

function chromiumVersion(chromePath) {
  try {
    return execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .replace(/ built on .*/, '');
  } catch {
    return chromePath;
  }
}

function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    return fail(2, 'Chromium not found: apt-get install chromium (or set CHROME_PATH)');
  }
}

function format(id, value) {
  if (value === null || value === undefined) return 'n/a';
  if (id === 'cumulative-layout-shift') return value.toFixed(3);
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { module: lighthouseModule, version } = await importFromHome('lighthouse');
  const { module: launcher } = await importFromHome('chrome-launcher');
  const lighthouse = lighthouseModule.default ?? lighthouseModule;

  const chromePath = chromiumPath();
  const runs = [];
  for (let i = 0; i < args.runs; i++) {
    const chrome = await launcher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
    try {
      const r = await lighthouse(args.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (r?.lhr) runs.push(r);
    } finally {
      await chrome.kill();
    }
  }
  if (runs.length === 0) fail(1, `Lighthouse returned no result for ${args.url}`);
  const perf = (r) => r.lhr.categories.performance?.score ?? -1;
  const sorted = [...runs].sort((a, b) => perf(a) - perf(b));
  const result = sorted[Math.floor((sorted.length - 1) / 2)];
  const lhr = result.lhr;

  const summary = {
    url: lhr.finalDisplayedUrl ?? args.url,
    lighthouse: lhr.lighthouseVersion ?? version,
    chromium: chromiumVersion(chromePath),
    // Lighthouse's measure of this machine's CPU speed: simulated throttling scales by it, so scores
    // on a busy machine (a low index) come out lower than on an idle one.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    formFactor: lhr.configSettings?.formFactor,
    throttling: lhr.configSettings?.throttlingMethod,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)])),
    metrics: Object.fromEntries(METRICS.map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? null])),
    runs: runs.length,
    performanceOfEachRun: runs.map((r) => (perf(r) < 0 ? null : Math.round(perf(r) * 100))),
    runtimeError: lhr.runtimeError?.code ?? null,
    warnings: lhr.runWarnings ?? [],
  };

  console.log(`Lighthouse ${summary.lighthouse}, ${summary.chromium}, ${summary.formFactor}, ${summary.throttling} throttling: ${summary.url}`);
  if (runs.length > 1) console.log(`  median of ${runs.length} runs by performance (each: ${summary.performanceOfEachRun.join(', ')})`);
  for (const c of CATEGORIES) console.log(`  ${c.padEnd(15)} ${summary.scores[c] ?? 'n/a'}`);
  console.log(
    `  ${METRICS.map(([name, id]) => `${name} ${format(id, summary.metrics[name])}`).join('  ')}  (CPU benchmark index ${summary.benchmarkIndex ?? 'n/a'})`,
  );
  for (const w of summary.warnings) console.log(`  warning: ${w}`);
  if (args.out) writeFileSync(args.out, `${JSON.stringify(summary, null, 2)}\n`);
  if (args.report) writeFileSync(args.report, result.report);
  if (summary.runtimeError) fail(1, `the page could not be measured: ${summary.runtimeError} ${lhr.runtimeError.message ?? ''}`);
}

await main();
