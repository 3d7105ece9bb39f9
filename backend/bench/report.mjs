#!/usr/bin/env node
// Prints the table of one ./zonale bench run (the JSON lines it collected) beside the goals of issue 8,
// and keeps it in backend/docs/performance.md between the markers of that replica count.
// The bench reports: a missed goal is shown as such, it never fails the run.
//   node report.mjs <results.jsonl> <performance.md> <command that made it>
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const [resultsFile, docFile, command] = process.argv.slice(2);
const rows = readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const meta = Object.assign({}, ...rows.filter((r) => r.phase === 'meta' && !r.replica));
const replicas = rows.filter((r) => r.phase === 'meta' && r.replica).reduce((acc, r) => {
  acc[r.replica] = { ...acc[r.replica], ...r };
  return acc;
}, {});
const n = meta.replicas ?? 1;

const LIST = new Set(['plans', 'calendar', 'matrix', 'organizations']);
const LABELS = {
  plans: 'Public plan list (page of 20)',
  calendar: 'Session calendar, large plan, 3 months',
  matrix: 'Table × policy-area matrix, large plan',
  synthesis: 'Survey synthesis, 10,000 responses (public)',
  organizations: 'Organisations register, page of 20 (signed in)',
  register: 'Registration write',
  update: 'Versioned update (participant)',
};
const f1 = (x) => (x == null || Number.isNaN(x) ? '–' : x.toFixed(1));
const f0 = (x) => (x == null || Number.isNaN(x) ? '–' : Math.round(x).toLocaleString('en-US'));
const mark = (ok) => (ok == null ? '' : ok ? 'ok' : 'MISSED');

const scenarios = [...new Set(rows.filter((r) => r.scenario).map((r) => r.scenario))];
const get = (s, phase) => rows.find((r) => r.scenario === s && r.phase === phase);

const lines = [];
const out = (s = '') => lines.push(s);
out(`Zonale bench, ${n} API replica${n > 1 ? 's' : ''}${n > 1 ? ' behind nginx (round robin, no sticky sessions)' : ' (direct)'}, ` +
  `commit ${meta.commit}, ${meta.started}; ${meta.cores} cores shared by the load tool, PostgreSQL and the API; ` +
  `load average before ${meta.loadBefore}, after ${meta.loadAfter}.`);
out(`wrk: ${meta.connections} connections, ${meta.durationS} s per run after a 5 s warm-up; "paced" = each connection pauses so that ` +
  `all send 70 % of the saturated rate. pgbench: the SQL the API ran for the same request (captured with log_statement = all), ` +
  `same client count, ${meta.durationS} s, -M prepared for reads (-M simple for writes, one extra lookup per transaction to pick a fresh target).`);
out();
out('| Scenario | API req/s (saturated) | p50 / p95 / p99 ms (saturated) | paced req/s | p50 / p95 / p99 ms (paced) | non-2xx | SQL per request | pgbench tx/s | API ÷ pgbench | Goals |');
out('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const s of scenarios) {
  const sat = get(s, 'saturation');
  const paced = get(s, 'paced');
  const pg = get(s, 'pgbench');
  if (!sat) continue;
  const ratio = pg && pg.tps > 0 ? sat.rps / pg.tps : null;
  const goals = [];
  if (LIST.has(s)) goals.push(`≥ 50 % of pgbench: ${mark(ratio != null && ratio >= 0.5)}`);
  if (paced) goals.push(`p99 < 25 ms paced: ${mark(paced.p99 < 25)}`);
  if (s === 'synthesis' && paced) goals.push(`p95 < 150 ms: ${mark(paced.p95 < 150)}`);
  const non2xx = sat.non2xx + (paced?.non2xx ?? 0) + sat.socketErrors + (paced?.socketErrors ?? 0);
  out(`| ${LABELS[s] ?? s} | ${f0(sat.rps)} | ${f1(sat.p50)} / ${f1(sat.p95)} / ${f1(sat.p99)} | ${f0(paced?.rps)} | ` +
    `${f1(paced?.p50)} / ${f1(paced?.p95)} / ${f1(paced?.p99)} | ${non2xx} | ${pg?.statements ?? '–'} | ${f0(pg?.tps)} | ` +
    `${ratio == null ? '–' : `${(100 * ratio).toFixed(0)} %`} | ${goals.join('; ')} |`);
}
out();
out('| Measure | Figure | Goal |');
out('|---|---|---|');
for (const r of Object.values(replicas)) {
  out(`| Replica ${r.replica}: JVM start to ready (launch → /q/health/ready 200) | ${f0(r.readyMs)} ms (Quarkus "started in" ${r.quarkusStartedS ?? '–'} s) | < 2 s: ${mark(r.readyMs < 2000)} |`);
  out(`| Replica ${r.replica}: RSS after the load | ${f1(r.rssKb / 1024)} MB (${meta.javaOpts}) | < 300 MB: ${mark(r.rssKb / 1024 < 300)} |`);
}
out(`| SPA initial JS (entry + static imports, gzip) | ${f1(meta.spaInitialKb)} KB | ≤ 250 KB: ${mark(meta.spaInitialKb != null ? meta.spaInitialKb <= 250 : null)} |`);
if (meta.lighthouse) {
  const lh = meta.lighthouse;
  const score = (k) => lh.scores?.[k] ?? lh[k];
  out(`| Lighthouse mobile, public plan page: performance | ${score('performance') ?? '–'} | ≥ 95: ${mark(score('performance') >= 95)} |`);
  out(`| Lighthouse mobile: accessibility / best practices / SEO | ${score('accessibility') ?? '–'} / ${score('best-practices') ?? '–'} / ${score('seo') ?? '–'} | |`);
  if (lh.metrics) {
    const metric = (k, v) => (v == null ? `${k} –` : k === 'CLS' ? `${k} ${v.toFixed(3)}` : k === 'TBT' ? `${k} ${Math.round(v)} ms` : `${k} ${(v / 1000).toFixed(1)} s`);
    const runs = lh.performanceOfEachRun ? ` (median of ${lh.performanceOfEachRun.length} runs: ${lh.performanceOfEachRun.join(', ')})` : '';
    out(`| Lighthouse ${lh.lighthouse ?? ''} mobile metrics${runs} | ${Object.entries(lh.metrics).map(([k, v]) => metric(k, v)).join(', ')} | |`);
  }
} else {
  out('| Lighthouse mobile, public plan page | not run | ≥ 95 |');
}
for (const fmt of ['CSV', 'JSON']) {
  const d = meta[`dataset${fmt}`];
  if (d) out(`| Open data: largest dataset (\`${d.key}\`, ${fmt}, ${f1(d.bytes / 1048576)} MB), download time (median of 3) / replica RSS before → peak | ${f1(d.s)} s / ${f1(d.rssBeforeKb / 1024)} → ${f1(d.rssPeakKb / 1024)} MB | a few seconds, streamed: ${mark(d.s < 10)} |`);
}
if (meta.generatorS != null) out(`| Region data generator (COPY) | ${f1(meta.generatorS)} s | < 120 s: ${mark(meta.generatorS < 120)} |`);
if (meta.mailsSent != null) {
  out(`| Outbox mails sent by the replicas / received by the SMTP sink | ${meta.mailsSent} / ${meta.mailsReceived} (${meta.outboxPending} still pending) | each mail once: ${mark(meta.mailsSent === meta.mailsReceived)} |`);
}
if (meta.nginxPerUpstream && Object.keys(meta.nginxPerUpstream).length) {
  out(`| Requests answered per replica (nginx log; includes the SPA's API calls) | ${Object.entries(meta.nginxPerUpstream).map(([u, c]) => `${u}: ${f0(c)}`).join(', ')} | |`);
}
out();
out(`Made by \`${command}\` in ${meta.totalS} s.`);

const table = lines.join('\n');
console.log('\n' + table + '\n');

if (docFile) {
  const start = `<!-- bench:replicas=${n}:start -->`;
  const end = `<!-- bench:replicas=${n}:end -->`;
  let doc = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '# Performance\n';
  const block = `${start}\n${table}\n${end}`;
  if (doc.includes(start) && doc.includes(end)) {
    doc = doc.slice(0, doc.indexOf(start)) + block + doc.slice(doc.indexOf(end) + end.length);
  } else {
    doc = `${doc.trimEnd()}\n\n## Latest run with ${n} replica${n > 1 ? 's' : ''}\n\n${block}\n`;
  }
  mkdirSync(dirname(docFile), { recursive: true });
  writeFileSync(docFile, doc);
  console.log(`Kept in ${docFile.replace(process.cwd() + '/', '')}`);
}
