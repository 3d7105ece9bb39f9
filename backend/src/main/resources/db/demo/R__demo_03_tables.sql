-- DEMO DATA (profiles dev and demo only). Repeatable and idempotent: upserts on fixed ids.
--
-- Thematic tables (tavoli) of the demo plans and the policy areas each works on (table x policy-area
-- matrix; every area is one the plan selected in R__demo_02_plans.sql).
-- Table ids 7a000000-...-0000000PNN: P = plan number, NN = table number. district_id = the plan's district.

insert into thematic_tables (id, plan_id, district_id, name, description, target_group, level, subdistrict_id,
                             created_at, updated_at) values
    -- Oglio Po 2021-2023: three sub-ambito Casalasco tables by target group ...
    ('7a000000-0000-4000-8000-000000000101', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     'Anziani, persone disabili e non autosufficienti',
     'Tavolo di sub-ambito Casalasco sui bisogni delle persone anziane, delle persone con disabilità e non autosufficienti '
     || 'e delle loro famiglie, trasversale alle aree di policy.',
     'ELDERLY_AND_DISABLED', 'SUBDISTRICT', '5d000000-0000-4000-8000-000000000031',
     '2021-09-11 09:00:00+02:00', '2021-09-11 09:00:00+02:00'),
    ('7a000000-0000-4000-8000-000000000102', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     'Minori, giovani e famiglie',
     'Tavolo di sub-ambito Casalasco su infanzia, adolescenza, giovani e sostegno alle famiglie, trasversale alle aree '
     || 'di policy.',
     'CHILDREN_YOUTH_AND_FAMILIES', 'SUBDISTRICT', '5d000000-0000-4000-8000-000000000031',
     '2021-09-11 09:00:00+02:00', '2021-09-11 09:00:00+02:00'),
    ('7a000000-0000-4000-8000-000000000103', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     'Adulti, fragilità e vulnerabilità',
     'Disabilità psichica, dipendenze, popolazione di origine straniera e altre fragilità dell''età adulta.',
     'ADULTS_AND_VULNERABILITY', 'SUBDISTRICT', '5d000000-0000-4000-8000-000000000031',
     '2021-09-11 09:00:00+02:00', '2021-09-11 09:00:00+02:00'),
    -- ... and two ambito-level tables for the experimental projects of the premialità (opened by a formal call).
    ('7a000000-0000-4000-8000-000000000104', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     'Agenzia per la Vita Indipendente',
     'Progettualità sperimentale di ambito Oglio Po per la premialità: promozione della vita indipendente e '
     || 'dell''autonomia delle persone disabili. Tavolo istituito con avviso di co-programmazione/co-progettazione.',
     'ELDERLY_AND_DISABLED', 'DISTRICT', null,
     '2021-11-02 09:00:00+01:00', '2021-11-02 09:00:00+01:00'),
    ('7a000000-0000-4000-8000-000000000105', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     'Agenzia per i servizi abitativi',
     'Progettualità sperimentale di ambito Oglio Po per la premialità sulle politiche abitative. Tavolo istituito con '
     || 'avviso di co-programmazione/co-progettazione.',
     'WHOLE_POPULATION', 'DISTRICT', null,
     '2021-11-02 09:00:00+01:00', '2021-11-02 09:00:00+01:00'),
    -- Cremasco 2025-2027: one ambito-level table per macro area, plus the mayors' listening table.
    ('7a000000-0000-4000-8000-000000000201', 'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001',
     'Minori e famiglia',
     'Macro area minori e famiglia: tutela minori, sostegno alla genitorialità, povertà educativa.',
     'CHILDREN_YOUTH_AND_FAMILIES', 'DISTRICT', null,
     '2024-04-22 09:00:00+02:00', '2024-04-22 09:00:00+02:00'),
    ('7a000000-0000-4000-8000-000000000202', 'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001',
     'Fragilità: anziani e persone con disabilità',
     'Macro area fragilità: anziani e persone con disabilità, domiciliarità, integrazione con ASST Crema e punto unico '
     || 'di accesso.',
     'ELDERLY_AND_DISABLED', 'DISTRICT', null,
     '2024-04-22 09:00:00+02:00', '2024-04-22 09:00:00+02:00'),
    ('7a000000-0000-4000-8000-000000000203', 'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001',
     'Adulti e povertà',
     'Macro area adulti e povertà: contrasto alla povertà e alla marginalità, politiche per il lavoro e abitative.',
     'ADULTS_AND_VULNERABILITY', 'DISTRICT', null,
     '2024-04-22 09:00:00+02:00', '2024-04-22 09:00:00+02:00'),
    ('7a000000-0000-4000-8000-000000000204', 'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001',
     'Innovazione e giovani',
     'Macro area innovazione e giovani: protagonismo giovanile, innovazione sociale e digitale dei servizi, biblioteche '
     || 'come spazi di comunità.',
     'CHILDREN_YOUTH_AND_FAMILIES', 'DISTRICT', null,
     '2024-04-22 09:00:00+02:00', '2024-04-22 09:00:00+02:00'),
    ('7a000000-0000-4000-8000-000000000205', 'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001',
     'Tavolo di ascolto dei sindaci',
     'Tavolo di ascolto e confronto dedicato ai sindaci dei 48 comuni dell''ambito sui temi fondanti e sugli indirizzi '
     || 'comuni della programmazione sociale.',
     'WHOLE_POPULATION', 'DISTRICT', null,
     '2024-04-08 09:00:00+02:00', '2024-04-08 09:00:00+02:00')
on conflict (id) do update set
    plan_id = excluded.plan_id, district_id = excluded.district_id, name = excluded.name,
    description = excluded.description, target_group = excluded.target_group, level = excluded.level,
    subdistrict_id = excluded.subdistrict_id;

-- Table x policy-area matrix.
insert into thematic_table_policy_areas (table_id, policy_area_id)
select t.table_id::uuid, ('9a000000-0000-4000-8000-0000000000' || a.nn)::uuid
from (values
    -- Oglio Po: the three Casalasco tables and the Vita Indipendente agency work across all six plan areas.
    ('7a000000-0000-4000-8000-000000000101', array['01', '02', '03', '04', '05', '06']),
    ('7a000000-0000-4000-8000-000000000102', array['01', '02', '03', '04', '05', '06']),
    ('7a000000-0000-4000-8000-000000000103', array['01', '02', '03', '04', '05', '06']),
    ('7a000000-0000-4000-8000-000000000104', array['01', '02', '03', '04', '05', '06']),
    ('7a000000-0000-4000-8000-000000000105', array['03']),
    -- Cremasco 2025-2027: each macro area on its catalogue areas; the mayors on all nine of the plan.
    ('7a000000-0000-4000-8000-000000000201', array['08', '09']),
    ('7a000000-0000-4000-8000-000000000202', array['10', '11', '06']),
    ('7a000000-0000-4000-8000-000000000203', array['07', '02', '03']),
    ('7a000000-0000-4000-8000-000000000204', array['08', '05']),
    ('7a000000-0000-4000-8000-000000000205', array['02', '03', '05', '06', '07', '08', '09', '10', '11'])
) as t (table_id, areas)
cross join lateral unnest(t.areas) as a (nn)
on conflict do nothing;
