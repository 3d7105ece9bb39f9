-- DEMO DATA (profiles dev and demo only: quarkus.flyway.locations adds db/demo). Never loaded in production.
-- Flyway repeatable migration: runs after the versioned ones and again whenever this file changes, so every
-- statement is an upsert on a fixed id; rerunning it on a database that already has the rows restores the
-- seeded values and leaves everything else alone.
--
-- Organisations of the two demo ambiti, Oglio Po (Casalasco) and Cremasco. The ids 0a000000-...-001 to
-- ...-00b are referenced by the Keycloak demo users (keycloak/zonale-realm.json): do not renumber them.
-- Bodies 001-005, 00a and 00b are real public bodies named in the seed articles; 006-016 are FICTIONAL
-- Third Sector entities with invented names.
--
-- Tax codes: ALL are fictional, real bodies included (their real codici fiscali are not reproduced here):
-- 99999000NN + check digit, NN = the decimal number of the id suffix. The check digit follows the numeric
-- codice fiscale / partita IVA algorithm (odd positions as they are, even positions doubled minus 9 when
-- over 9, check = (10 - sum mod 10) mod 10); every code was computed and verified by script.
-- RUNTS numbers are fictional too (DEMO-RUNTS-...); social cooperatives sit in the RUNTS section of social
-- enterprises (d.lgs. 117/2017, art. 46). Foundations, religious bodies and public bodies have no RUNTS data.
-- E-mail addresses are under the reserved demo domain demo.zonale.example.

insert into organizations (id, name, tax_code, kind, runts_number, runts_section, email, pec) values
    -- Real bodies named in the seeds (fictional tax codes and addresses).
    ('0a000000-0000-4000-8000-000000000001', 'Consorzio Casalasco Servizi Sociali', '99999000013', 'CONSORTIUM',
     null, null, 'ufficiodipiano.casalasco@demo.zonale.example', 'concass.pec@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000000002', 'Comunità Sociale Cremasca', '99999000021', 'CONSORTIUM',
     null, null, 'ufficiodipiano.cremasco@demo.zonale.example', 'csc.pec@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000000003', 'Comune di Crema', '99999000039', 'MUNICIPALITY',
     null, null, 'servizisociali.crema@demo.zonale.example', 'comune.crema.pec@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000000004', 'ASST Cremona', '99999000047', 'ASST',
     null, null, 'territorio.asst-cremona@demo.zonale.example', 'asst-cremona.pec@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000000005', 'ASST Crema', '99999000054', 'ASST',
     null, null, 'territorio.asst-crema@demo.zonale.example', 'asst-crema.pec@demo.zonale.example'),
    ('0a000000-0000-4000-8000-00000000000a', 'Comune di Casalmaggiore', '99999000104', 'MUNICIPALITY',
     null, null, 'servizisociali.casalmaggiore@demo.zonale.example', 'comune.casalmaggiore.pec@demo.zonale.example'),
    ('0a000000-0000-4000-8000-00000000000b', 'ATS Val Padana', '99999000112', 'ATS',
     null, null, 'programmazione.ats-valpadana@demo.zonale.example', 'ats-valpadana.pec@demo.zonale.example'),
    -- Fictional Third Sector entities and private bodies.
    ('0a000000-0000-4000-8000-000000000006', 'Cooperativa sociale Il Ponte', '99999000062', 'SOCIAL_COOPERATIVE',
     'DEMO-RUNTS-000006', 'SOCIAL_ENTERPRISE', 'info.ilponte@demo.zonale.example', 'ilponte.pec@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000000007', 'Associazione Il Filo dei Giorni APS', '99999000070', 'APS',
     'DEMO-RUNTS-000007', 'APS', 'info.filodeigiorni@demo.zonale.example', null),
    ('0a000000-0000-4000-8000-000000000008', 'Sentieri di Quartiere ODV', '99999000088', 'ODV',
     'DEMO-RUNTS-000008', 'ODV', 'info.sentieridiquartiere@demo.zonale.example', null),
    ('0a000000-0000-4000-8000-000000000009', 'Fondazione Borgo Ulivo', '99999000096', 'FOUNDATION',
     null, null, 'segreteria.borgoulivo@demo.zonale.example', 'borgoulivo.pec@demo.zonale.example'),
    ('0a000000-0000-4000-8000-00000000000c', 'Cooperativa sociale Girasole', '99999000120', 'SOCIAL_COOPERATIVE',
     'DEMO-RUNTS-000012', 'SOCIAL_ENTERPRISE', 'info.girasole@demo.zonale.example', 'girasole.pec@demo.zonale.example'),
    ('0a000000-0000-4000-8000-00000000000d', 'Consorzio sociale Terre d''Acqua', '99999000138', 'SOCIAL_COOPERATIVE',
     'DEMO-RUNTS-000013', 'SOCIAL_ENTERPRISE', 'info.terredacqua@demo.zonale.example', 'terredacqua.pec@demo.zonale.example'),
    ('0a000000-0000-4000-8000-00000000000e', 'Opera diocesana Il Mantello', '99999000146', 'RELIGIOUS_BODY',
     null, null, 'segreteria.ilmantello@demo.zonale.example', null),
    ('0a000000-0000-4000-8000-00000000000f', 'Genitori in Rete APS', '99999000153', 'APS',
     'DEMO-RUNTS-000015', 'APS', 'info.genitoriinrete@demo.zonale.example', null),
    ('0a000000-0000-4000-8000-000000000010', 'Compagni di Strada ODV', '99999000161', 'ODV',
     'DEMO-RUNTS-000016', 'ODV', 'info.compagnidistrada@demo.zonale.example', null),
    ('0a000000-0000-4000-8000-000000000011', 'Officina Lavoro Impresa Sociale S.r.l.', '99999000179', 'SOCIAL_ENTERPRISE',
     'DEMO-RUNTS-000017', 'SOCIAL_ENTERPRISE', 'info.officinalavoro@demo.zonale.example', 'officinalavoro.pec@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000000012', 'Fondo di Comunità del Po ETS', '99999000187', 'PHILANTHROPIC_ENTITY',
     'DEMO-RUNTS-000018', 'PHILANTHROPIC_ENTITY', 'info.fondodelpo@demo.zonale.example', null),
    ('0a000000-0000-4000-8000-000000000013', 'Società di Mutuo Soccorso La Fraterna', '99999000195', 'MUTUAL_AID_SOCIETY',
     'DEMO-RUNTS-000019', 'MUTUAL_AID_SOCIETY', 'info.lafraterna@demo.zonale.example', null),
    ('0a000000-0000-4000-8000-000000000014', 'Rete Associazioni Disabilità Cremonesi', '99999000203', 'ASSOCIATIVE_NETWORK',
     'DEMO-RUNTS-000020', 'ASSOCIATIVE_NETWORK', 'info.retedisabilita@demo.zonale.example', null),
    ('0a000000-0000-4000-8000-000000000015', 'Cooperativa sociale La Golena', '99999000211', 'SOCIAL_COOPERATIVE',
     'DEMO-RUNTS-000021', 'SOCIAL_ENTERPRISE', 'info.lagolena@demo.zonale.example', 'lagolena.pec@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000000016', 'Centro di Ascolto Il Faro ETS', '99999000229', 'OTHER_ETS',
     'DEMO-RUNTS-000022', 'OTHER_ETS', 'info.ilfaro@demo.zonale.example', null)
on conflict (id) do update set
    name = excluded.name, tax_code = excluded.tax_code, kind = excluded.kind,
    runts_number = excluded.runts_number, runts_section = excluded.runts_section,
    email = excluded.email, pec = excluded.pec;

-- The ambiti where each organisation works.
insert into organization_districts (organization_id, district_id) values
    ('0a000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003'),  -- Concass: Oglio Po
    ('0a000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001'),  -- CSC: Cremasco
    ('0a000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-000000000001'),  -- Crema: Cremasco
    ('0a000000-0000-4000-8000-000000000004', 'd1000000-0000-4000-8000-000000000003'),  -- ASST Cremona: Oglio Po
    ('0a000000-0000-4000-8000-000000000004', 'd1000000-0000-4000-8000-000000000002'),  --   and Cremonese
    ('0a000000-0000-4000-8000-000000000005', 'd1000000-0000-4000-8000-000000000001'),  -- ASST Crema: Cremasco
    ('0a000000-0000-4000-8000-000000000006', 'd1000000-0000-4000-8000-000000000003'),
    ('0a000000-0000-4000-8000-000000000007', 'd1000000-0000-4000-8000-000000000003'),
    ('0a000000-0000-4000-8000-000000000008', 'd1000000-0000-4000-8000-000000000001'),
    ('0a000000-0000-4000-8000-000000000009', 'd1000000-0000-4000-8000-000000000001'),
    ('0a000000-0000-4000-8000-00000000000a', 'd1000000-0000-4000-8000-000000000003'),  -- Casalmaggiore: Oglio Po
    ('0a000000-0000-4000-8000-00000000000b', 'd1000000-0000-4000-8000-000000000001'),  -- ATS Val Padana: all three
    ('0a000000-0000-4000-8000-00000000000b', 'd1000000-0000-4000-8000-000000000002'),
    ('0a000000-0000-4000-8000-00000000000b', 'd1000000-0000-4000-8000-000000000003'),
    ('0a000000-0000-4000-8000-00000000000c', 'd1000000-0000-4000-8000-000000000001'),
    ('0a000000-0000-4000-8000-00000000000d', 'd1000000-0000-4000-8000-000000000001'),  -- consortium of coops:
    ('0a000000-0000-4000-8000-00000000000d', 'd1000000-0000-4000-8000-000000000003'),  --   both demo ambiti
    ('0a000000-0000-4000-8000-00000000000e', 'd1000000-0000-4000-8000-000000000001'),
    ('0a000000-0000-4000-8000-00000000000f', 'd1000000-0000-4000-8000-000000000001'),
    ('0a000000-0000-4000-8000-000000000010', 'd1000000-0000-4000-8000-000000000003'),
    ('0a000000-0000-4000-8000-000000000011', 'd1000000-0000-4000-8000-000000000001'),
    ('0a000000-0000-4000-8000-000000000012', 'd1000000-0000-4000-8000-000000000003'),
    ('0a000000-0000-4000-8000-000000000013', 'd1000000-0000-4000-8000-000000000001'),
    ('0a000000-0000-4000-8000-000000000014', 'd1000000-0000-4000-8000-000000000001'),  -- network: both
    ('0a000000-0000-4000-8000-000000000014', 'd1000000-0000-4000-8000-000000000003'),
    ('0a000000-0000-4000-8000-000000000015', 'd1000000-0000-4000-8000-000000000003'),
    ('0a000000-0000-4000-8000-000000000016', 'd1000000-0000-4000-8000-000000000001')
on conflict do nothing;
