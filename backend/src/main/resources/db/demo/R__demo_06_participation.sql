-- DEMO DATA (profiles dev and demo only). Repeatable and idempotent: upserts on fixed ids.
--
-- The participation workflow of Oglio Po 2021-2023 in the sub-ambito Casalasco (plan ...001):
-- the call for expressions of interest of the Consorzio Casalasco (the seed letter: manifestazione
-- d'interesse "entro il 10 settembre 2021" for the three sub-ambito tables), the expressions of the demo
-- ETS (admitted; one late, admitted as consultative; one rejected with its reason), the memberships they
-- produced, a laboratory with few seats that filled up and kept a waitlist, the attendance register of the
-- held Oglio Po sessions, approved minutes of the first Anziani meeting and a draft of the second.
-- Ids: call ca110000-...-000000000001, expressions ca120000-...-0000000000NN, memberships
-- ca130000-...-0000000000NN, the laboratory session e5000000-...-000000000141, its registrations
-- b8000000-...-000000000101 to 107, the extra participant b7000000-...-000000000101.
-- Names are FICTIONAL; times are Europe/Rome wall-clock times with their UTC offset.

-- ---------------------------------------------------------------- the call
insert into calls (id, plan_id, district_id, title, text, deadline, version, created_at, updated_at) values
    ('ca110000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000001',
     'd1000000-0000-4000-8000-000000000003',
     'Manifestazione d''interesse – tavoli tematici del sub-ambito Casalasco (Piano di Zona 2021-2023)',
     'Gli enti del Terzo settore, le associazioni, le cooperative, le fondazioni e gli enti che operano nel '
     || 'sub-ambito Casalasco sono invitati ad aderire alla programmazione dei tavoli di lavoro, secondo le proprie '
     || 'specificità e interessi, comunicando la propria manifestazione d''interesse a partecipare alla fase di '
     || 'costruzione condivisa del documento di programmazione zonale secondo il fac-simile (allegato A). '
     || 'I tavoli si incontreranno da settembre a dicembre due volte ciascuno, oltre a due plenarie di ambito. '
     || 'La scheda di rilevazione (allegato B) consente di presentare nel primo incontro una sintesi integrata '
     || 'dei dati degli enti con quelli dei database disponibili.',
     '2021-09-10 23:59:00+02:00', 1, '2021-08-30 10:00:00+02:00', '2021-09-01 09:00:00+02:00')
on conflict (id) do update set
    plan_id = excluded.plan_id, district_id = excluded.district_id, title = excluded.title, text = excluded.text,
    deadline = excluded.deadline, version = excluded.version, created_at = excluded.created_at,
    updated_at = excluded.updated_at;

insert into call_tables (call_id, table_id) values
    ('ca110000-0000-4000-8000-000000000001', '7a000000-0000-4000-8000-000000000101'),
    ('ca110000-0000-4000-8000-000000000001', '7a000000-0000-4000-8000-000000000102'),
    ('ca110000-0000-4000-8000-000000000001', '7a000000-0000-4000-8000-000000000103')
on conflict do nothing;

-- The philanthropic foundation's delegate, named in its (rejected) expression of interest.
insert into participants (id, organization_id, full_name, organization_role, email) values
    ('b7000000-0000-4000-8000-000000000101', '0a000000-0000-4000-8000-000000000012', 'Giorgio Ruggeri',
     'Segretario generale', 'giorgio.ruggeri@demo.zonale.example')
on conflict (id) do update set
    organization_id = excluded.organization_id, full_name = excluded.full_name,
    organization_role = excluded.organization_role, email = excluded.email;

-- ---------------------------------------------------------------- expressions of interest
-- runts_number is the organisation's, taken by the join. 06 is the late one (14 September), admitted as
-- consultative only; 07 is rejected with its reason.
insert into expressions_of_interest (id, call_id, organization_id, district_id, status, late, runts_registered,
                                     runts_number, note, submitted_at, decided_at, decision_reason, version,
                                     created_at, updated_at)
select v.id::uuid, 'ca110000-0000-4000-8000-000000000001'::uuid, o.id, 'd1000000-0000-4000-8000-000000000003'::uuid,
       v.status, v.late, true, o.runts_number, v.note, v.submitted_at::timestamptz, v.decided_at::timestamptz,
       v.reason, 2, v.submitted_at::timestamptz - interval '1 day', v.decided_at::timestamptz
from (values
    ('ca120000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000006', 'ADMITTED', false,
     'Gestiamo il servizio di assistenza domiciliare e un centro diurno per minori nel Casalasco.',
     '2021-09-03 11:20:00+02:00', '2021-09-13 10:00:00+02:00', null),
    ('ca120000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000007', 'ADMITTED', false,
     'Volontariato con le persone fragili e le loro famiglie; sportello di ascolto a Casalmaggiore.',
     '2021-09-06 18:05:00+02:00', '2021-09-13 10:00:00+02:00', null),
    ('ca120000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000010', 'ADMITTED', false,
     'Accompagnamento e trasporto sociale di anziani e persone con disabilità.',
     '2021-09-08 09:40:00+02:00', '2021-09-13 10:00:00+02:00', null),
    ('ca120000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000015', 'ADMITTED', false,
     'Inserimenti lavorativi di persone svantaggiate (cooperativa di tipo B).',
     '2021-09-09 16:15:00+02:00', '2021-09-13 10:00:00+02:00', null),
    ('ca120000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-00000000000d', 'ADMITTED', false,
     'Progettazione sociale per le cooperative associate dei due ambiti.',
     '2021-09-10 12:30:00+02:00', '2021-09-13 10:00:00+02:00', null),
    ('ca120000-0000-4000-8000-000000000006', '0a000000-0000-4000-8000-000000000014', 'ADMITTED_CONSULTATIVE', true,
     'Ci scusiamo per il ritardo: la rete ha deliberato l''adesione nell''assemblea del 13 settembre.',
     '2021-09-14 20:10:00+02:00', '2021-09-16 09:30:00+02:00', null),
    ('ca120000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000012', 'REJECTED', false,
     'Il Fondo sostiene con bandi progetti di comunità nei territori del Po.',
     '2021-09-07 15:00:00+02:00', '2021-09-13 10:00:00+02:00',
     'L''ente eroga contributi ma non gestisce servizi né attività nel sub-ambito Casalasco, requisito dell''invito '
     || 'per i tavoli tematici. È invitato alle plenarie di ambito, aperte a tutti gli enti.')
) as v (id, organization_id, status, late, note, submitted_at, decided_at, reason)
join organizations o on o.id = v.organization_id::uuid
on conflict (id) do update set
    call_id = excluded.call_id, organization_id = excluded.organization_id, district_id = excluded.district_id,
    status = excluded.status, late = excluded.late, runts_registered = excluded.runts_registered,
    runts_number = excluded.runts_number, note = excluded.note, submitted_at = excluded.submitted_at,
    decided_at = excluded.decided_at, decision_reason = excluded.decision_reason, version = excluded.version,
    created_at = excluded.created_at, updated_at = excluded.updated_at;

delete from expression_of_interest_tables
where expression_of_interest_id in (select id from expressions_of_interest
                                    where call_id = 'ca110000-0000-4000-8000-000000000001');
insert into expression_of_interest_tables (expression_of_interest_id, table_id, titular_participant_id,
                                           substitute_participant_id) values
    ('ca120000-0000-4000-8000-000000000001', '7a000000-0000-4000-8000-000000000101',
     'b7000000-0000-4000-8000-000000000001', 'b7000000-0000-4000-8000-000000000002'),
    ('ca120000-0000-4000-8000-000000000001', '7a000000-0000-4000-8000-000000000102',
     'b7000000-0000-4000-8000-000000000002', 'b7000000-0000-4000-8000-000000000001'),
    ('ca120000-0000-4000-8000-000000000002', '7a000000-0000-4000-8000-000000000103',
     'b7000000-0000-4000-8000-000000000003', null),
    ('ca120000-0000-4000-8000-000000000003', '7a000000-0000-4000-8000-000000000101',
     'b7000000-0000-4000-8000-000000000007', null),
    ('ca120000-0000-4000-8000-000000000004', '7a000000-0000-4000-8000-000000000103',
     'b7000000-0000-4000-8000-000000000008', null),
    ('ca120000-0000-4000-8000-000000000005', '7a000000-0000-4000-8000-000000000102',
     'b7000000-0000-4000-8000-000000000014', null),
    ('ca120000-0000-4000-8000-000000000006', '7a000000-0000-4000-8000-000000000101',
     'b7000000-0000-4000-8000-000000000013', null),
    ('ca120000-0000-4000-8000-000000000007', '7a000000-0000-4000-8000-000000000101',
     'b7000000-0000-4000-8000-000000000101', null);

-- ---------------------------------------------------------------- table memberships
-- One per admitted table choice, on the decision's date; ASST Cremona sits at the three tables as an
-- institutional member (no expression of interest). district_id is the table's.
insert into table_memberships (id, table_id, district_id, organization_id, status, titular_participant_id,
                               substitute_participant_id, expression_of_interest_id, admitted_at, updated_at)
select v.id::uuid, t.id, t.district_id, v.organization_id::uuid, v.status, v.titular::uuid, v.substitute::uuid,
       v.expression_id::uuid, v.admitted_at::timestamptz, v.admitted_at::timestamptz
from (values
    ('ca130000-0000-4000-8000-000000000001', '7a000000-0000-4000-8000-000000000101', '0a000000-0000-4000-8000-000000000006',
     'FULL', 'b7000000-0000-4000-8000-000000000001', 'b7000000-0000-4000-8000-000000000002',
     'ca120000-0000-4000-8000-000000000001', '2021-09-13 10:00:00+02:00'),
    ('ca130000-0000-4000-8000-000000000002', '7a000000-0000-4000-8000-000000000102', '0a000000-0000-4000-8000-000000000006',
     'FULL', 'b7000000-0000-4000-8000-000000000002', 'b7000000-0000-4000-8000-000000000001',
     'ca120000-0000-4000-8000-000000000001', '2021-09-13 10:00:00+02:00'),
    ('ca130000-0000-4000-8000-000000000003', '7a000000-0000-4000-8000-000000000103', '0a000000-0000-4000-8000-000000000007',
     'FULL', 'b7000000-0000-4000-8000-000000000003', null,
     'ca120000-0000-4000-8000-000000000002', '2021-09-13 10:00:00+02:00'),
    ('ca130000-0000-4000-8000-000000000004', '7a000000-0000-4000-8000-000000000101', '0a000000-0000-4000-8000-000000000010',
     'FULL', 'b7000000-0000-4000-8000-000000000007', null,
     'ca120000-0000-4000-8000-000000000003', '2021-09-13 10:00:00+02:00'),
    ('ca130000-0000-4000-8000-000000000005', '7a000000-0000-4000-8000-000000000103', '0a000000-0000-4000-8000-000000000015',
     'FULL', 'b7000000-0000-4000-8000-000000000008', null,
     'ca120000-0000-4000-8000-000000000004', '2021-09-13 10:00:00+02:00'),
    ('ca130000-0000-4000-8000-000000000006', '7a000000-0000-4000-8000-000000000102', '0a000000-0000-4000-8000-00000000000d',
     'FULL', 'b7000000-0000-4000-8000-000000000014', null,
     'ca120000-0000-4000-8000-000000000005', '2021-09-13 10:00:00+02:00'),
    ('ca130000-0000-4000-8000-000000000007', '7a000000-0000-4000-8000-000000000101', '0a000000-0000-4000-8000-000000000014',
     'CONSULTATIVE', 'b7000000-0000-4000-8000-000000000013', null,
     'ca120000-0000-4000-8000-000000000006', '2021-09-16 09:30:00+02:00'),
    ('ca130000-0000-4000-8000-000000000008', '7a000000-0000-4000-8000-000000000101', '0a000000-0000-4000-8000-000000000004',
     'FULL', 'b7000000-0000-4000-8000-000000000005', null, null, '2021-09-11 09:00:00+02:00'),
    ('ca130000-0000-4000-8000-000000000009', '7a000000-0000-4000-8000-000000000103', '0a000000-0000-4000-8000-000000000004',
     'FULL', 'b7000000-0000-4000-8000-000000000005', null, null, '2021-09-11 09:00:00+02:00')
) as v (id, table_id, organization_id, status, titular, substitute, expression_id, admitted_at)
join thematic_tables t on t.id = v.table_id::uuid
on conflict (id) do update set
    table_id = excluded.table_id, district_id = excluded.district_id, organization_id = excluded.organization_id,
    status = excluded.status, titular_participant_id = excluded.titular_participant_id,
    substitute_participant_id = excluded.substitute_participant_id,
    expression_of_interest_id = excluded.expression_of_interest_id, admitted_at = excluded.admitted_at,
    updated_at = excluded.updated_at;

-- ---------------------------------------------------------------- a full session with a waitlist
-- A hands-on laboratory of the Anziani table in the Consorzio's small meeting room: four seats. Paolo
-- Mainardi cancelled, Laura Arpini moved up from the waitlist; Marta Pedrini and Elena Zanoni stayed on it.
insert into sessions (id, plan_id, district_id, table_id, kind, title, starts_at, ends_at, mode, place, online_url,
                      agenda, capacity, status, created_at, updated_at) values
    ('e5000000-0000-4000-8000-000000000141', 'b1000000-0000-4000-8000-000000000001',
     'd1000000-0000-4000-8000-000000000003', '7a000000-0000-4000-8000-000000000101', 'TABLE',
     'Anziani, persone disabili e non autosufficienti – laboratorio sulla domiciliarità',
     '2021-11-10 16:30:00+01:00', '2021-11-10 18:30:00+01:00', 'IN_PERSON',
     'Sala riunioni piccola, Consorzio Casalasco, Casalmaggiore', null,
     '[{"title": "Dalle schede di rilevazione ai percorsi di domiciliarità", "notes": "Lavoro in piccolo gruppo."},
       {"title": "Proposte per il documento di Piano", "notes": null}]',
     4, 'HELD', '2021-10-26 09:00:00+02:00', '2021-11-11 09:00:00+01:00')
on conflict (id) do update set
    plan_id = excluded.plan_id, district_id = excluded.district_id, table_id = excluded.table_id,
    kind = excluded.kind, title = excluded.title, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
    mode = excluded.mode, place = excluded.place, online_url = excluded.online_url, agenda = excluded.agenda,
    capacity = excluded.capacity, status = excluded.status;

insert into registrations (id, session_id, participant_id, organization_id, district_id, status, registered_at,
                           cancelled_at, promoted_at)
select v.id::uuid, s.id, p.id, p.organization_id, s.district_id, v.status, v.registered_at::timestamptz,
       v.cancelled_at::timestamptz, v.promoted_at::timestamptz
from (values
    ('b8000000-0000-4000-8000-000000000101', 'b7000000-0000-4000-8000-000000000001', 'REGISTERED', '2021-10-27 09:10:00+02:00', null, null),
    ('b8000000-0000-4000-8000-000000000102', 'b7000000-0000-4000-8000-000000000002', 'CANCELLED', '2021-10-27 09:12:00+02:00', '2021-11-05 08:30:00+01:00', null),
    ('b8000000-0000-4000-8000-000000000103', 'b7000000-0000-4000-8000-000000000003', 'REGISTERED', '2021-10-28 17:45:00+02:00', null, null),
    ('b8000000-0000-4000-8000-000000000104', 'b7000000-0000-4000-8000-000000000007', 'REGISTERED', '2021-10-29 11:00:00+02:00', null, null),
    ('b8000000-0000-4000-8000-000000000105', 'b7000000-0000-4000-8000-000000000013', 'REGISTERED', '2021-11-02 19:20:00+01:00', null, '2021-11-05 08:30:00+01:00'),
    ('b8000000-0000-4000-8000-000000000106', 'b7000000-0000-4000-8000-000000000008', 'WAITLISTED', '2021-11-03 10:05:00+01:00', null, null),
    ('b8000000-0000-4000-8000-000000000107', 'b7000000-0000-4000-8000-000000000005', 'WAITLISTED', '2021-11-08 14:40:00+01:00', null, null)
) as v (id, participant_id, status, registered_at, cancelled_at, promoted_at)
join sessions s on s.id = 'e5000000-0000-4000-8000-000000000141'::uuid
join participants p on p.id = v.participant_id::uuid
on conflict (id) do update set
    session_id = excluded.session_id, participant_id = excluded.participant_id,
    organization_id = excluded.organization_id, district_id = excluded.district_id, status = excluded.status,
    registered_at = excluded.registered_at, cancelled_at = excluded.cancelled_at, promoted_at = excluded.promoted_at;

-- ---------------------------------------------------------------- attendance register
-- Every registration of the held Oglio Po sessions is marked at the end of its session: present, except
-- the few listed as absent; cancelled and still waitlisted ones stay unmarked.
update registrations r
set attended = r.id not in ('b8000000-0000-4000-8000-000000000005', 'b8000000-0000-4000-8000-000000000014',
                            'b8000000-0000-4000-8000-000000000022', 'b8000000-0000-4000-8000-000000000104'),
    attendance_recorded_at = s.ends_at
from sessions s
where s.id = r.session_id
  and s.plan_id = 'b1000000-0000-4000-8000-000000000001'
  and s.status = 'HELD'
  and r.status = 'REGISTERED';

-- ---------------------------------------------------------------- minutes
-- The first Anziani meeting: approved (stored version 2 = two saves, then the approval). The second: a
-- draft still being written (stored version 1 = two saves).
insert into session_minutes (session_id, district_id, body, status, version, updated_at, approved_at) values
    ('e5000000-0000-4000-8000-000000000111', 'd1000000-0000-4000-8000-000000000003',
     E'Verbale del tavolo "Anziani, persone disabili e non autosufficienti" – primo incontro\n\n'
     || E'Data: 29 settembre 2021, ore 16.30-18.30, online.\n'
     || E'Presenti: Cooperativa sociale Il Ponte, Compagni di Strada ODV, Rete Associazioni Disabilità '
     || E'Cremonesi (componente consultiva), ASST Cremona; per l''Ufficio di Piano il coordinatore del tavolo.\n\n'
     || E'1. Analisi congiunta dei bisogni\n'
     || E'L''Ufficio di Piano presenta i dati di contesto (indice di invecchiamento, calo demografico, persone sole '
     || E'over 75). Gli enti portano le istanze raccolte con la scheda di rilevazione (allegato B): carico delle '
     || E'famiglie, difficoltà di trasporto verso i servizi, solitudine nelle frazioni.\n\n'
     || E'2. Domiciliarità e integrazione sociosanitaria\n'
     || E'ASST Cremona illustra i percorsi di dimissione protetta. Si concorda di approfondire nel secondo incontro '
     || E'il raccordo tra assistenza domiciliare comunale e cure domiciliari.\n\n'
     || E'3. Varie ed eventuali\n'
     || E'Prossimo incontro il 25 ottobre 2021 in presenza presso la sede del Consorzio, con collegamento online.',
     'APPROVED', 2, '2021-10-04 12:00:00+02:00', '2021-10-04 12:00:00+02:00'),
    ('e5000000-0000-4000-8000-000000000121', 'd1000000-0000-4000-8000-000000000003',
     E'Verbale del tavolo "Anziani, persone disabili e non autosufficienti" – secondo incontro (BOZZA)\n\n'
     || E'Data: 25 ottobre 2021, ore 16.30-18.30, Sede Consorzio Casalasco e online.\n\n'
     || E'1. Definizione degli obiettivi per area di policy\n'
     || E'Domiciliarità: rafforzare il raccordo SAD-ADI; trasporto sociale: mappare i servizi dei volontari.\n\n'
     || E'2. Attori da coinvolgere e risorse\n'
     || E'(da completare)',
     'DRAFT', 1, '2021-10-27 18:20:00+02:00', null)
on conflict (session_id) do update set
    district_id = excluded.district_id, body = excluded.body, status = excluded.status, version = excluded.version,
    updated_at = excluded.updated_at, approved_at = excluded.approved_at;
