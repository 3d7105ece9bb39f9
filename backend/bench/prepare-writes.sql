-- Write targets for ./zonale bench, on the bench database only (never the dev database).
-- The writes are made as the demo user ets.odv (organisation 0a…08, ambito Cremasco), so the bench
-- needs that organisation's own participants and sessions it may register to: 500 scheduled plenary
-- incontri of the Cremasco plan in 2027, without a seat limit, and 400 participants to register
-- (500 × 400 = 200,000 distinct pairs: no registration is ever sent twice), plus 64 participants that
-- the versioned-update scenario edits, one per wrk connection. Ids are derived from fixed names, so
-- a second run finds them; the bench recreates the database before generating anyway.
\set ON_ERROR_STOP on
begin;
insert into sessions (id, plan_id, district_id, kind, title, starts_at, ends_at, mode, place, status)
select md5('bench-session-' || g)::uuid,
       'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001', 'PLENARY',
       'Incontro di prova ' || g,
       timestamptz '2027-01-11 09:00+01' + (g % 250) * interval '1 day' + (g / 250) * interval '2 hours',
       timestamptz '2027-01-11 10:30+01' + (g % 250) * interval '1 day' + (g / 250) * interval '2 hours',
       'IN_PERSON', 'Sala di prova, Crema', 'SCHEDULED'
from generate_series(1, 500) g
on conflict (id) do nothing;

insert into participants (id, organization_id, full_name, organization_role, email)
select md5('bench-register-' || g)::uuid, '0a000000-0000-4000-8000-000000000008',
       'Volontaria di prova ' || g, 'Volontaria', 'prova.iscrizioni.' || g || '@example.org'
from generate_series(1, 400) g
on conflict (id) do nothing;

insert into participants (id, organization_id, full_name, organization_role, email)
select md5('bench-update-' || g)::uuid, '0a000000-0000-4000-8000-000000000008',
       'Persona di prova ' || g, 'Referente', 'prova.modifiche.' || g || '@example.org'
from generate_series(1, 64) g
on conflict (id) do nothing;
commit;
analyze sessions;
analyze participants;

-- The same kind of targets for pgbench, which runs the captured SQL of these two writes beside the
-- API: its own 400 participants (so the API's and pgbench's registrations never collide), the
-- 200,000 (session, participant) pairs in the order it takes them, and one participant per client.
begin;
insert into participants (id, organization_id, full_name, organization_role, email)
select md5('bench-pg-register-' || g)::uuid, '0a000000-0000-4000-8000-000000000008',
       'Volontario pgbench ' || g, 'Volontario', 'pgbench.iscrizioni.' || g || '@example.org'
from generate_series(1, 400) g
on conflict (id) do nothing;
insert into participants (id, organization_id, full_name, organization_role, email)
select md5('bench-pg-update-' || g)::uuid, '0a000000-0000-4000-8000-000000000008',
       'Persona pgbench ' || g, 'Referente', 'pgbench.modifiche.' || g || '@example.org'
from generate_series(0, 63) g
on conflict (id) do nothing;
create table if not exists bench_pg_pairs (n bigint primary key, sid uuid not null, pid uuid not null);
truncate bench_pg_pairs;
insert into bench_pg_pairs
select (p - 1) * 500 + s, md5('bench-session-' || s)::uuid, md5('bench-pg-register-' || p)::uuid
from generate_series(1, 500) s, generate_series(1, 400) p;
drop sequence if exists bench_pg_pair_seq;
create sequence bench_pg_pair_seq;
create table if not exists bench_pg_update_targets (n int primary key, pid uuid not null);
truncate bench_pg_update_targets;
insert into bench_pg_update_targets select g, md5('bench-pg-update-' || g)::uuid from generate_series(0, 63) g;
commit;
analyze bench_pg_pairs;
analyze bench_pg_update_targets;
