-- DEMO DATA (profiles dev and demo only). Repeatable and idempotent: upserts on fixed ids.
--
-- Objectives with indicators and yearly measurements. Oglio Po 2021-2023 (in consultation): three objectives
-- answering the istanze IST-001..IST-003 of R__demo_08_contributions.sql. Cremasco 2025-2027 (approved, now
-- monitored): two objectives with the first year measured. No approval is recorded here: Oglio Po must stay in
-- consultation for the istanze, and the Cremasco plan is already APPROVED in R__demo_02_plans.sql.
-- Ids: objectives 0b1e0000-...-0000000PNN, indicators 1d000000-...-00000PNNK, measurements 3e000000-...-PNNKYYYY.
-- Figures are illustrative, not official statistics.

insert into objectives (id, plan_id, district_id, policy_area_id, table_id, title, description, actors, resources_amount,
                        start_date, end_date, status, created_at, updated_at) values
    ('0b1e0000-0000-4000-8000-000000000101', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     '9a000000-0000-4000-8000-000000000001', '7a000000-0000-4000-8000-000000000101',
     'Rafforzare la domiciliarità degli anziani soli nei piccoli comuni',
     'Portare il servizio di assistenza domiciliare più vicino agli anziani che vivono soli nelle frazioni, con una '
     || 'rete di custodi sociali volontari collegata al servizio.',
     'Comuni del Casalasco, Consorzio Casalasco Servizi Sociali, associazioni di volontariato, cooperative del SAD',
     180000.00, '2022-01-01', '2023-12-31', 'IN_PROGRESS', '2021-11-20 10:00:00+01:00', '2022-12-15 10:00:00+01:00'),
    ('0b1e0000-0000-4000-8000-000000000102', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     '9a000000-0000-4000-8000-000000000003', null,
     'Un fondo d''ambito per le emergenze abitative',
     'Alloggi temporanei per i nuclei sfrattati per morosità incolpevole e accompagnamento all''autonomia abitativa, '
     || 'da definire con il tavolo dell''Agenzia per i servizi abitativi.',
     'Comuni dell''ambito, ALER, Agenzia per i servizi abitativi, enti del Terzo settore',
     95000.00, '2022-03-01', '2023-12-31', 'PLANNED', '2021-11-20 10:10:00+01:00', '2021-11-20 10:10:00+01:00'),
    ('0b1e0000-0000-4000-8000-000000000103', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     '9a000000-0000-4000-8000-000000000006', '7a000000-0000-4000-8000-000000000103',
     'Punto unico di accesso sociosanitario nella casa di comunità',
     'Una valutazione multidimensionale dei bisogni condivisa tra ASST e servizi sociali dei comuni, in un unico punto '
     || 'di accesso.',
     'ASST Cremona, servizi sociali dei comuni, medici di medicina generale',
     60000.00, '2022-01-01', '2023-06-30', 'IN_PROGRESS', '2021-11-20 10:20:00+01:00', '2022-12-15 10:20:00+01:00'),
    ('0b1e0000-0000-4000-8000-000000000201', 'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001',
     '9a000000-0000-4000-8000-000000000007', null,
     'Dalla committenza alla partnership: una rete per l''inclusione lavorativa',
     'Percorsi di tirocinio e accompagnamento al lavoro co-progettati con le cooperative sociali di tipo B.',
     'Comunità Sociale Cremasca, cooperative sociali, centri per l''impiego',
     240000.00, '2025-03-01', '2027-12-31', 'IN_PROGRESS', '2025-02-26 09:00:00+01:00', '2026-01-20 09:00:00+01:00'),
    ('0b1e0000-0000-4000-8000-000000000202', 'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001',
     '9a000000-0000-4000-8000-000000000006', null,
     'Punto unico di accesso con l''ASST di Crema',
     'Integrare la presa in carico sociale e sanitaria nella casa di comunità, in parallelo con il piano di sviluppo '
     || 'del polo territoriale dell''ASST.',
     'ASST Crema, Comunità Sociale Cremasca, comuni dei 6 sub-ambiti',
     120000.00, '2025-01-01', '2027-12-31', 'IN_PROGRESS', '2025-02-26 09:10:00+01:00', '2026-01-20 09:10:00+01:00')
on conflict (id) do update set
    policy_area_id = excluded.policy_area_id, table_id = excluded.table_id, title = excluded.title,
    description = excluded.description, actors = excluded.actors, resources_amount = excluded.resources_amount,
    start_date = excluded.start_date, end_date = excluded.end_date, status = excluded.status,
    updated_at = excluded.updated_at;

delete from objective_actions where objective_id in (
    '0b1e0000-0000-4000-8000-000000000101', '0b1e0000-0000-4000-8000-000000000102',
    '0b1e0000-0000-4000-8000-000000000103', '0b1e0000-0000-4000-8000-000000000201',
    '0b1e0000-0000-4000-8000-000000000202');
insert into objective_actions (objective_id, position, text) values
    ('0b1e0000-0000-4000-8000-000000000101', 0, 'Mappare con i comuni gli anziani soli nelle frazioni'),
    ('0b1e0000-0000-4000-8000-000000000101', 1, 'Formare una rete di custodi sociali di frazione'),
    ('0b1e0000-0000-4000-8000-000000000101', 2, 'Collegare i custodi al servizio di assistenza domiciliare'),
    ('0b1e0000-0000-4000-8000-000000000102', 0, 'Censire gli alloggi disponibili per l''emergenza'),
    ('0b1e0000-0000-4000-8000-000000000102', 1, 'Costituire il fondo d''ambito con le quote dei comuni'),
    ('0b1e0000-0000-4000-8000-000000000103', 0, 'Definire la scheda di valutazione multidimensionale comune'),
    ('0b1e0000-0000-4000-8000-000000000103', 1, 'Aprire il punto unico di accesso nella casa di comunità'),
    ('0b1e0000-0000-4000-8000-000000000201', 0, 'Avviso di co-progettazione per i percorsi di inclusione'),
    ('0b1e0000-0000-4000-8000-000000000201', 1, 'Tirocini con le cooperative sociali di tipo B'),
    ('0b1e0000-0000-4000-8000-000000000202', 0, 'Équipe integrata sociale e sanitaria nella casa di comunità');

insert into objective_contributions (objective_id, contribution_id, reference) values
    ('0b1e0000-0000-4000-8000-000000000101', '1c000000-0000-4000-8000-000000000101', 'IST-001'),
    ('0b1e0000-0000-4000-8000-000000000102', '1c000000-0000-4000-8000-000000000102', 'IST-002'),
    ('0b1e0000-0000-4000-8000-000000000103', '1c000000-0000-4000-8000-000000000103', 'IST-003')
on conflict do nothing;

insert into indicators (id, objective_id, plan_id, district_id, name, unit, baseline_value, baseline_year, target_value,
                        target_year, source, frequency, created_at, updated_at) values
    ('1d000000-0000-4000-8000-000000010111', '0b1e0000-0000-4000-8000-000000000101', 'b1000000-0000-4000-8000-000000000001',
     'd1000000-0000-4000-8000-000000000003', 'Anziani soli seguiti a domicilio', 'persone', 180, 2021, 240, 2023,
     'Cartella sociale del Consorzio', 'YEARLY', '2021-11-20 10:00:00+01:00', '2021-11-20 10:00:00+01:00'),
    ('1d000000-0000-4000-8000-000000010112', '0b1e0000-0000-4000-8000-000000000101', 'b1000000-0000-4000-8000-000000000001',
     'd1000000-0000-4000-8000-000000000003', 'Custodi sociali attivi', 'volontari', 0, 2021, 25, 2023,
     'Registro delle associazioni', 'SEMESTER', '2021-11-20 10:00:00+01:00', '2021-11-20 10:00:00+01:00'),
    ('1d000000-0000-4000-8000-000000010211', '0b1e0000-0000-4000-8000-000000000102', 'b1000000-0000-4000-8000-000000000001',
     'd1000000-0000-4000-8000-000000000003', 'Nuclei accompagnati all''autonomia abitativa', 'nuclei', 0, 2021, 30, 2023,
     'Agenzia per i servizi abitativi', 'YEARLY', '2021-11-20 10:10:00+01:00', '2021-11-20 10:10:00+01:00'),
    ('1d000000-0000-4000-8000-000000010311', '0b1e0000-0000-4000-8000-000000000103', 'b1000000-0000-4000-8000-000000000001',
     'd1000000-0000-4000-8000-000000000003', 'Accessi al punto unico', 'accessi', 0, 2021, 1200, 2023,
     'ASST Cremona', 'QUARTERLY', '2021-11-20 10:20:00+01:00', '2021-11-20 10:20:00+01:00'),
    ('1d000000-0000-4000-8000-000000020111', '0b1e0000-0000-4000-8000-000000000201', 'b1000000-0000-4000-8000-000000000002',
     'd1000000-0000-4000-8000-000000000001', 'Tirocini di inclusione attivati', 'tirocini', 60, 2024, 90, 2027,
     'Comunità Sociale Cremasca', 'YEARLY', '2025-02-26 09:00:00+01:00', '2025-02-26 09:00:00+01:00'),
    ('1d000000-0000-4000-8000-000000020211', '0b1e0000-0000-4000-8000-000000000202', 'b1000000-0000-4000-8000-000000000002',
     'd1000000-0000-4000-8000-000000000001', 'Valutazioni multidimensionali congiunte', 'valutazioni', 150, 2024, 300, 2027,
     'ASST Crema', 'YEARLY', '2025-02-26 09:10:00+01:00', '2025-02-26 09:10:00+01:00')
on conflict (id) do update set
    name = excluded.name, unit = excluded.unit, baseline_value = excluded.baseline_value,
    baseline_year = excluded.baseline_year, target_value = excluded.target_value, target_year = excluded.target_year,
    source = excluded.source, frequency = excluded.frequency;

insert into indicator_measurements (id, indicator_id, year, value, note, created_at, updated_at) values
    ('3e000000-0000-4000-8000-010111002022', '1d000000-0000-4000-8000-000000010111', 2022, 214, null,
     '2023-01-20 10:00:00+01:00', '2023-01-20 10:00:00+01:00'),
    ('3e000000-0000-4000-8000-010111002023', '1d000000-0000-4000-8000-000000010111', 2023, 231, 'Dato provvisorio',
     '2024-01-22 10:00:00+01:00', '2024-01-22 10:00:00+01:00'),
    ('3e000000-0000-4000-8000-010112002022', '1d000000-0000-4000-8000-000000010112', 2022, 12, null,
     '2023-01-20 10:00:00+01:00', '2023-01-20 10:00:00+01:00'),
    ('3e000000-0000-4000-8000-010211002022', '1d000000-0000-4000-8000-000000010211', 2022, 9, null,
     '2023-01-20 10:00:00+01:00', '2023-01-20 10:00:00+01:00'),
    ('3e000000-0000-4000-8000-010311002022', '1d000000-0000-4000-8000-000000010311', 2022, 380, 'Apertura a settembre',
     '2023-01-20 10:00:00+01:00', '2023-01-20 10:00:00+01:00'),
    ('3e000000-0000-4000-8000-020111002025', '1d000000-0000-4000-8000-000000020111', 2025, 68, null,
     '2026-01-20 09:00:00+01:00', '2026-01-20 09:00:00+01:00'),
    ('3e000000-0000-4000-8000-020211002025', '1d000000-0000-4000-8000-000000020211', 2025, 190, null,
     '2026-01-20 09:00:00+01:00', '2026-01-20 09:00:00+01:00')
on conflict (id) do update set value = excluded.value, note = excluded.note, updated_at = excluded.updated_at;
