-- DEMO DATA (profiles dev and demo only). Repeatable and idempotent: upserts on fixed ids.
--
-- Istanze to the Oglio Po 2021-2023 plan (in consultation), as the seed articles describe them: needs raised at the
-- tables by the participants, read against the context data. Two are answered (public), one waits for the plan
-- office. Ids 1c000000-...-0000000PNN: P = plan number, NN = the istanza's number in the plan.

insert into contributions (id, plan_id, district_id, organization_id, table_id, session_id, title, text, status, number,
                           submitted_at, withdrawn_at, outcome, reasoning, answered_at, created_at, updated_at) values
    ('1c000000-0000-4000-8000-000000000101', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     '0a000000-0000-4000-8000-000000000007', '7a000000-0000-4000-8000-000000000101', null,
     'Anziani soli nei piccoli comuni del Casalasco',
     'Nei comuni sotto i 2.000 abitanti molti anziani vivono soli e lontani dai servizi. Proponiamo una rete di '
     || 'custodi sociali di frazione, con i volontari dell''associazione, collegata al servizio di assistenza domiciliare.',
     'ANSWERED', 1, '2021-10-04 18:10:00+02:00', null, 'ACCEPTED',
     'Accolta: la rete dei custodi sociali diventa un''azione dell''obiettivo sulla domiciliarità, con i volontari '
     || 'coordinati dal servizio di assistenza domiciliare.',
     '2021-11-15 10:00:00+01:00', '2021-10-01 17:00:00+02:00', '2021-11-15 10:00:00+01:00'),
    ('1c000000-0000-4000-8000-000000000102', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     '0a000000-0000-4000-8000-00000000000a', null, null,
     'Alloggi temporanei per le emergenze abitative',
     'Il Comune segnala un aumento degli sfratti per morosità incolpevole. Chiede di prevedere nel piano un fondo '
     || 'd''ambito per alloggi temporanei e l''accompagnamento all''autonomia abitativa.',
     'ANSWERED', 2, '2021-10-20 09:30:00+02:00', null, 'TAKEN_INTO_ACCOUNT',
     'Se ne terrà conto nel tavolo di ambito dell''Agenzia per i servizi abitativi, che valuterà le risorse '
     || 'disponibili per un fondo comune.',
     '2021-11-15 10:05:00+01:00', '2021-10-19 16:00:00+02:00', '2021-11-15 10:05:00+01:00'),
    ('1c000000-0000-4000-8000-000000000103', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     '0a000000-0000-4000-8000-000000000004', '7a000000-0000-4000-8000-000000000103', null,
     'Punto unico di accesso sociosanitario',
     'ASST Cremona propone di integrare la valutazione multidimensionale dei bisogni in un punto unico di accesso '
     || 'nella casa di comunità, condiviso con i servizi sociali dei comuni.',
     'SUBMITTED', 3, '2021-10-28 12:00:00+02:00', null, null, null, null,
     '2021-10-27 11:00:00+02:00', '2021-10-28 12:00:00+02:00')
on conflict (id) do update set
    table_id = excluded.table_id, title = excluded.title, text = excluded.text, status = excluded.status,
    number = excluded.number, submitted_at = excluded.submitted_at, withdrawn_at = excluded.withdrawn_at,
    outcome = excluded.outcome, reasoning = excluded.reasoning, answered_at = excluded.answered_at,
    updated_at = excluded.updated_at;

insert into contribution_policy_areas (contribution_id, policy_area_id) values
    ('1c000000-0000-4000-8000-000000000101', '9a000000-0000-4000-8000-000000000001'),
    ('1c000000-0000-4000-8000-000000000101', '9a000000-0000-4000-8000-000000000004'),
    ('1c000000-0000-4000-8000-000000000102', '9a000000-0000-4000-8000-000000000003'),
    ('1c000000-0000-4000-8000-000000000103', '9a000000-0000-4000-8000-000000000006')
on conflict do nothing;

-- The plan's counter never goes back: new istanze continue from the highest number given.
insert into contribution_counters (plan_id, last_number) values ('b1000000-0000-4000-8000-000000000001', 3)
on conflict (plan_id) do update set last_number = greatest(contribution_counters.last_number, excluded.last_number);
