// The bench's "same SQL as the API" rests on capture-sql.mjs: these tests run it on a PostgreSQL log
// captured from the API (fixtures/postgres-log.txt: a public plan list, a registration and a versioned
// update, with a scheduled export-queue poll of another thread in between) and check the pgbench
// scripts it writes. Run: node --test backend/bench/test/
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const here = new URL('.', import.meta.url).pathname;
const log = join(here, 'fixtures/postgres-log.txt');
const out = mkdtempSync(join(tmpdir(), 'capture-sql-'));
const SESSION = '407c3276-ef0b-9c89-9f66-15178c4e3f69';
const PARTICIPANT = 'a2e8e5e4-30d4-e2c5-99fe-f2a590ef1fdd';
const EDITED = 'bbac22e0-cf7c-e0d7-9839-9540b1644523';

function capture(name, mode, extra = []) {
  const file = join(out, `${name}.sql`);
  const printed = execFileSync('node', [join(here, '../capture-sql.mjs'), '--log', log, '--name', name,
    '--db', 'zonale_bench', '--mode', mode, '--out', file, ...extra], { encoding: 'utf8' });
  return { script: readFileSync(file, 'utf8'), statements: JSON.parse(printed).statements };
}

test('a read is replayed with its logged parameters as literals', () => {
  const { script, statements } = capture('plans', 'read');
  assert.equal(statements, 3);
  assert.match(script, /from plans pe1_0 where pe1_0\.status<>'DRAFT' order by .* offset '0' rows fetch first '20' rows only;/);
  assert.match(script, /select count\(\*\) from plans pe1_0 where pe1_0\.status<>'DRAFT';/);
  assert.doesNotMatch(script, /\$\d/, 'no placeholder left');
});

test('a registration gets a fresh (session, participant) pair and fresh ids per transaction', () => {
  const { script, statements } = capture('reg', 'register', ['--session', SESSION, '--participant', PARTICIPANT]);
  assert.equal(statements, 13, 'BEGIN, 11 statements, COMMIT; the export-queue poll in between is left out');
  assert.doesNotMatch(script, /skip locked/i);
  assert.doesNotMatch(script, new RegExp(SESSION));
  assert.doesNotMatch(script, new RegExp(PARTICIPANT));
  assert.match(script, /from bench_pg_pairs where n = \(select nextval\('bench_pg_pair_seq'\)\)\n\\gset/);
  // the registration's id (and the outbox row's) are made up per transaction, also inside the JSON
  assert.match(script, /insert into registrations \(.*\) values \(.*':pid'.*':sid','REGISTERED',':new1'\);/);
  assert.match(script, /"after": ":new1"/);
  assert.match(script, /insert into notification_outbox .* values \(':new2', 'REGISTRATION_CONFIRMED', ':new1'/);
});

test('a versioned update is made from the version the script has just read', () => {
  const { script, statements } = capture('upd', 'update', ['--participant', EDITED, '--email',
    'prova.modifiche.1@example.org', '--version', '1']);
  assert.equal(statements, 8);
  assert.doesNotMatch(script, new RegExp(EDITED));
  assert.match(script, /where pe1_0\.id=':pid'\n\\gset p_\n\\set p_next :p_version \+ 1\n/);
  assert.match(script, /update participants set .*email=':p_email'.*version=:p_next where id=':pid' and version=:p_version;/);
});

test('a scenario whose markers are missing fails loudly', () => {
  assert.throws(() => capture('absent', 'read'), /markers of absent not found/);
});
