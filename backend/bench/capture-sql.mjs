#!/usr/bin/env node
// Turns the SQL that the API ran for one request into a pgbench script, so that pgbench runs exactly
// the statements Zonale runs (the "limit" column of ./zonale bench).
//
// The bench sets log_statement = 'all' for a moment, writes a marker statement, sends one request,
// writes an end marker, and calls this script on the PostgreSQL log:
//
//   node capture-sql.mjs --log <postgres.log> --name <scenario> --db <database> --mode read|register|update
//        [--session <uuid>] [--participant <uuid>] [--email <addr>] [--version <n>] --out <script.sql>
//
// read: the statements are replayed with their logged parameters as literals (pgbench -M prepared).
// register / update: the values that must differ per transaction (session, participant, new ids,
// version) become pgbench variables, filled by one lookup statement per transaction (-M simple, since
// some values sit inside JSON literals). Statements of the API's scheduled jobs that happen to run in
// between (they claim rows FOR UPDATE SKIP LOCKED, read or update the outbox, or poll the export queue)
// are left out.
import { readFileSync, writeFileSync } from 'node:fs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
for (const required of ['log', 'name', 'db', 'mode', 'out']) {
  if (!args[required]) throw new Error(`missing --${required}`);
}

const ENTRY = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (\S*) (LOG|DETAIL|ERROR|STATEMENT|WARNING|NOTICE|HINT|CONTEXT):  (.*)$/;
const DRIVER_SETUP = /pg_catalog\.pg_type|^\s*SET (application_name|extra_float_digits)/i;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

// 1. The log entries between the scenario's markers (continuation lines start with a tab).
const lines = readFileSync(args.log, 'utf8').split('\n');
const begin = lines.findLastIndex((l) => l.includes(`zonale-bench-capture:${args.name}:begin`));
const end = lines.findIndex((l, i) => i > begin && l.includes(`zonale-bench-capture:${args.name}:end`));
if (begin < 0 || end < 0) throw new Error(`markers of ${args.name} not found in ${args.log}`);
const entries = [];
for (const line of lines.slice(begin + 1, end)) {
  const m = ENTRY.exec(line);
  if (m) entries.push({ pid: m[1], db: m[2], level: m[3], text: m[4] });
  else if (entries.length && line.startsWith('\t')) entries.at(-1).text += '\n' + line.slice(1);
}

// 2. Statements with their parameters, per backend process.
const statements = [];
for (const e of entries) {
  if (e.db !== args.db || e.text.includes('zonale-bench-capture')) continue;
  const stmt = /^(?:statement|execute [^:]+): ([\s\S]*)$/.exec(e.text);
  // The driver's once-per-connection set-up (type lookups, session settings) is not part of a request.
  // It stays in the list until its parameters (the next DETAIL line) have been read, then goes.
  if (e.level === 'LOG' && stmt) {
    statements.push({ pid: e.pid, sql: stmt[1].trim(), params: {}, driver: DRIVER_SETUP.test(stmt[1]) });
  }
  else if (e.level === 'DETAIL' && e.text.startsWith('parameters: ')) {
    const last = statements.findLast((s) => s.pid === e.pid);
    if (last) last.params = parseParameters(e.text.slice('parameters: '.length));
  } else if (e.level === 'ERROR') throw new Error(`the captured request failed in SQL: ${e.text}`);
}

// 3. Transactions (or single statements); drop those of the scheduled jobs.
const groups = [];
const open = new Map();
for (const s of statements.filter((st) => !st.driver)) {
  let g = open.get(s.pid);
  if (!g) {
    g = [];
    groups.push(g);
    if (/^begin$/i.test(s.sql)) open.set(s.pid, g);
  }
  g.push(s);
  if (/^(commit|rollback)$/i.test(s.sql)) open.delete(s.pid);
}
// A request only ever inserts into the outbox; reading or updating it is the mail sender's work.
const SCHEDULED = /skip locked|plan_document_exports|(from|update) notification_outbox/i;
const isJob = (g) => g.some((s) => SCHEDULED.test(s.sql));
const mine = groups.filter((g) => !isJob(g));
if (mine.length === 0) throw new Error(`no statement captured for ${args.name}`);
const pids = new Set(mine.map((g) => g[0].pid));
if (pids.size > 1) console.error(`capture-sql: ${args.name}: statements from ${pids.size} connections, all kept`);

// 4. Literal SQL.
let sqls = mine.flat().map((s) => inline(s.sql, s.params));
let header = [];
if (args.mode === 'register') {
  // The ids the API made up are the primary keys of the rows it inserts: a fresh one per transaction
  // (wherever else they appear, e.g. inside a JSON payload).
  const fresh = [];
  for (const s of sqls) {
    const m = /^insert into \w+ \(([^)]*)\) values \(([\s\S]*)\)/i.exec(s);
    if (!m) continue;
    const columns = m[1].split(',').map((c) => c.trim());
    const values = splitTopLevel(m[2]);
    const id = values[columns.indexOf('id')]?.match(UUID)?.[0];
    if (id) fresh.push(id);
  }
  const vars = [...new Set(fresh)];
  sqls = sqls.map((s) =>
    vars.reduce((acc, u, i) => acc.replaceAll(u, `:new${i + 1}`), s.replaceAll(args.session, ':sid').replaceAll(args.participant, ':pid')),
  );
  const newCols = vars.map((_, i) => `, gen_random_uuid() as new${i + 1}`).join('');
  header = [
    '-- one lookup per transaction: a (session, participant) pair never registered before, and new ids',
    `select sid, pid${newCols} from bench_pg_pairs where n = (select nextval('bench_pg_pair_seq'))`,
    '\\gset',
  ];
} else if (args.mode === 'update') {
  const v = Number(args.version);
  sqls = sqls.map((s) => {
    let out = s.replaceAll(args.participant, ':pid').replaceAll(args.email, ':p_email');
    if (/^update participants/i.test(out)) {
      out = out.replace(/version='(\d+)'/, (_, n) => (Number(n) === v + 1 ? 'version=:p_next' : _));
      out = out.replace(/and version='(\d+)'/, (_, n) => (Number(n) === v ? 'and version=:p_version' : _));
    }
    return out;
  });
  // The participant read returns its version: \gset keeps it for the update, as the API does.
  const read = sqls.findIndex((s) => /from participants \w+ where \w+\.id=':pid'/.test(s));
  if (read < 0) throw new Error('update: the participant read was not captured');
  sqls[read] = sqls[read] + '\n\\gset p_';
  sqls.splice(read + 1, 0, '\\set p_next :p_version + 1');
  if (!sqls.some((s) => s.includes('version=:p_next') && s.includes('version=:p_version'))) {
    throw new Error('update: the versioned UPDATE was not recognised');
  }
  header = [
    '-- each pgbench client edits its own participant (n = client_id), from its current version',
    'select pid from bench_pg_update_targets where n = :client_id',
    '\\gset',
  ];
}

const body = sqls.map((s) => (s.startsWith('\\') || s.endsWith('\\gset p_') ? s : `${s};`));
writeFileSync(
  args.out,
  [`-- ${args.name}: ${mine.flat().length} statements captured from the API (${args.mode})`, ...header, ...body, ''].join('\n'),
);
console.log(JSON.stringify({ name: args.name, statements: mine.flat().length }));

// Splits a VALUES list on the commas that are outside quotes and parentheses.
function splitTopLevel(text) {
  const parts = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const c of text) {
    if (c === "'") quoted = !quoted;
    if (!quoted && c === '(') depth++;
    if (!quoted && c === ')') depth--;
    if (!quoted && depth === 0 && c === ',') {
      parts.push(current.trim());
      current = '';
    } else current += c;
  }
  parts.push(current.trim());
  return parts;
}

function parseParameters(text) {
  const params = {};
  const re = /\$(\d+) = (NULL|'((?:[^']|'')*)')(?:, |$)/gy;
  let m;
  while ((m = re.exec(text)) !== null) params[m[1]] = m[2];
  return params;
}

// Replaces $n outside string literals by the logged value (already quoted by PostgreSQL).
function inline(sql, params) {
  let out = '';
  let quoted = false;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === "'") quoted = !quoted;
    if (!quoted && c === '$' && /\d/.test(sql[i + 1] ?? '')) {
      let j = i + 1;
      while (/\d/.test(sql[j] ?? '')) j++;
      const n = sql.slice(i + 1, j);
      if (!(n in params)) throw new Error(`no value for $${n} in: ${sql.slice(0, 120)}`);
      out += params[n];
      i = j - 1;
    } else out += c;
  }
  return out;
}
