-- DEMO DATA (profiles dev and demo only). Repeatable and idempotent: upserts on fixed ids.
--
-- Three plans reproducing the seed articles:
--   b1000000-...-001  Ambito Oglio Po 2021-2023, CONSULTATION: the Consorzio Casalasco call to the Third
--                     Sector (expressions of interest by 10 Sept 2021, needs survey by 20 Sept 2021, tables
--                     October-December, approval by the Assemblea dei Sindaci at year end).
--   b1000000-...-002  Ambito Cremasco 2025-2027, APPROVED: co-programming from spring 2024 in four macro
--                     areas, 48 comuni, ~161,000 inhabitants, 85 adhering ETS (figures quoted in the
--                     description only; adhesions are loaded by a later feature). Inserted in CONSULTATION:
--                     at start the API approves it through the same rules as any plan (document version
--                     assembled and frozen, the 48 comuni's population-weighted vote recorded), see
--                     plandocument/DemoPlanApproval.java.
--   b1000000-...-003  Ambito Cremasco 2015-2017, CLOSED: drafting Feb-Mar 2015, open event early March,
--                     socialisation in April, approval by 30 April 2015.
-- Dates the seeds do not give (e.g. when a call opened) are plausible demo values and say so.
-- Phase ids b2000000-...-0000000PNN: P = plan number, NN = phase number.

insert into plans (id, district_id, title, description, start_year, end_year, status, created_at, updated_at) values
    ('b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     'Piano di Zona 2021-2023 – Ambito Oglio Po',
     'Piano di Zona dell''ambito Oglio Po per il triennio 2021-2023. Il percorso con il Terzo settore si svolge in due '
     || 'sub-ambiti (Casalasco e Viadanese), le cui analisi confluiscono in un unico documento di ambito. Nel '
     || 'sub-ambito Casalasco tre tavoli per target (anziani, persone disabili e non autosufficienti; minori, giovani '
     || 'e famiglie; adulti, fragilità e vulnerabilità) lavorano in modo trasversale sulle aree di policy indicate da '
     || 'Regione Lombardia. A livello di ambito, i tavoli per le progettualità sperimentali della premialità (Agenzia '
     || 'per la Vita Indipendente, Agenzia per i servizi abitativi) sono istituiti con avviso formale di '
     || 'co-programmazione e co-progettazione. Il documento è approvato a fine anno dall''Assemblea dei Sindaci; gli '
     || 'enti che hanno partecipato possono aderire, su richiesta, all''accordo di programma.',
     2021, 2023, 'CONSULTATION', '2021-08-30 09:00:00+02:00', '2021-09-11 09:00:00+02:00'),
    ('b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001',
     'Piano di Zona 2025-2027 – Ambito Cremasco',
     'Piano di Zona dell''ambito Cremasco: 48 comuni, circa 161.000 abitanti, quasi metà della provincia di Cremona; '
     || 'capofila il Comune di Crema, braccio operativo l''azienda speciale Comunità Sociale Cremasca. Il percorso di '
     || 'co-programmazione con enti del Terzo settore, operatori dei comuni e amministratori è partito nella primavera '
     || '2024 con tre incontri per ciascuna delle quattro macro aree: minori e famiglia; fragilità (anziani e persone '
     || 'con disabilità); adulti e povertà (contrasto alla povertà e alla marginalità, politiche per il lavoro e '
     || 'abitative); innovazione e giovani. Un tavolo di ascolto è dedicato ai sindaci dei 48 comuni. Il Piano è '
     || 'costruito in parallelo con il piano di sviluppo delle politiche territoriali dell''ASST di Crema (punto unico '
     || 'di accesso nella casa di comunità) e punta sulla coprogettazione, dalla committenza alla partnership. '
     || 'All''accordo di programma aderiscono 85 enti del Terzo settore: 37 cooperative e consorzi, 12 enti diocesani, '
     || '13 APS, 12 fondazioni e 10 ODV (dati riportati dalla stampa locale).',
     2025, 2027, 'CONSULTATION', '2024-04-02 09:00:00+02:00', '2025-02-26 09:00:00+01:00'),
    ('b1000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-000000000001',
     'Piano di Zona 2015-2017 – Ambito Cremasco',
     'Nuovo Piano di Zona dell''ambito Cremasco, in continuità con il quarto Piano e con gli orientamenti definiti nel '
     || '2012. Il percorso, delineato dall''Ufficio di Piano (21 gennaio 2015) e dal Comitato Ristretto dell''Assemblea '
     || 'dei Sindaci (28 gennaio 2015), prevede un gruppo di lavoro per la bozza a febbraio e marzo, un evento aperto '
     || 'di confronto nei primi giorni di marzo, la socializzazione della bozza in aprile e l''approvazione entro il 30 '
     || 'aprile. Il Piano ricompone filoni già avviati: il progetto Wel(l)FARE legami, la nuova regolamentazione '
     || 'distrettuale ISEE, la riorganizzazione del servizio sociale professionale e del servizio tutela minori, la '
     || 'coprogettazione tra pubblico e privato sociale e la programmazione condivisa delle risorse.',
     2015, 2017, 'CLOSED', '2015-01-28 18:00:00+01:00', '2018-01-15 09:00:00+01:00')
on conflict (id) do update set
    district_id = excluded.district_id, title = excluded.title, description = excluded.description,
    start_year = excluded.start_year, end_year = excluded.end_year,
    -- a plan the API has approved since stays approved: only the API moves a plan forward. A plan
    -- APPROVED without its approval record is what databases created before issue 15 hold for the
    -- Cremasco 2025-2027 plan: it goes back to CONSULTATION, and DemoPlanApproval approves it again
    -- at start, with the vote and the frozen document version.
    status = case
        when plans.status = 'APPROVED'
             and exists (select 1 from plan_approvals a where a.plan_id = plans.id) then plans.status
        else excluded.status end;

-- Policy areas selected by each plan (catalogue of V008, ids 9a000000-...-0000000000NN).
insert into plan_policy_areas (plan_id, policy_area_id) values
    -- Oglio Po 2021-2023: the six areas of the 2021-2023 guidelines.
    ('b1000000-0000-4000-8000-000000000001', '9a000000-0000-4000-8000-000000000001'),
    ('b1000000-0000-4000-8000-000000000001', '9a000000-0000-4000-8000-000000000002'),
    ('b1000000-0000-4000-8000-000000000001', '9a000000-0000-4000-8000-000000000003'),
    ('b1000000-0000-4000-8000-000000000001', '9a000000-0000-4000-8000-000000000004'),
    ('b1000000-0000-4000-8000-000000000001', '9a000000-0000-4000-8000-000000000005'),
    ('b1000000-0000-4000-8000-000000000001', '9a000000-0000-4000-8000-000000000006'),
    -- Cremasco 2025-2027: the areas of its four macro areas, plus social-health integration (PUA with ASST Crema).
    ('b1000000-0000-4000-8000-000000000002', '9a000000-0000-4000-8000-000000000002'),
    ('b1000000-0000-4000-8000-000000000002', '9a000000-0000-4000-8000-000000000003'),
    ('b1000000-0000-4000-8000-000000000002', '9a000000-0000-4000-8000-000000000005'),
    ('b1000000-0000-4000-8000-000000000002', '9a000000-0000-4000-8000-000000000006'),
    ('b1000000-0000-4000-8000-000000000002', '9a000000-0000-4000-8000-000000000007'),
    ('b1000000-0000-4000-8000-000000000002', '9a000000-0000-4000-8000-000000000008'),
    ('b1000000-0000-4000-8000-000000000002', '9a000000-0000-4000-8000-000000000009'),
    ('b1000000-0000-4000-8000-000000000002', '9a000000-0000-4000-8000-000000000010'),
    ('b1000000-0000-4000-8000-000000000002', '9a000000-0000-4000-8000-000000000011'),
    -- Cremasco 2015-2017 (before the area catalogue; illustrative): domiciliarità, inclusione, minori, famiglia.
    ('b1000000-0000-4000-8000-000000000003', '9a000000-0000-4000-8000-000000000001'),
    ('b1000000-0000-4000-8000-000000000003', '9a000000-0000-4000-8000-000000000004'),
    ('b1000000-0000-4000-8000-000000000003', '9a000000-0000-4000-8000-000000000008'),
    ('b1000000-0000-4000-8000-000000000003', '9a000000-0000-4000-8000-000000000009')
on conflict do nothing;

-- Timelines. district_id is always the plan's district.
insert into plan_phases (id, plan_id, district_id, kind, name, description, start_date, end_date) values
    -- Oglio Po 2021-2023
    ('b2000000-0000-4000-8000-000000000101', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     'CALL_FOR_INTEREST', 'Invito al Terzo settore: manifestazione d''interesse',
     'Invio della manifestazione d''interesse (allegato A) indicando i tavoli a cui partecipare, entro il 10 settembre 2021. '
     || 'Data di apertura indicativa (dato demo).',
     '2021-09-01', '2021-09-10'),
    ('b2000000-0000-4000-8000-000000000102', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     'NEEDS_SURVEY', 'Scheda di rilevazione dei bisogni',
     'Compilazione della scheda di rilevazione (allegato B) entro il 20 settembre 2021: i dati sono presentati nel primo '
     || 'incontro in una sintesi integrata con i dati di contesto.',
     '2021-09-01', '2021-09-20'),
    ('b2000000-0000-4000-8000-000000000103', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     'TABLE_WORK', 'Lavoro dei tavoli tematici',
     'Due incontri per ciascuno dei tre tavoli di sub-ambito Casalasco e due plenarie di ambito Oglio Po (settembre e '
     || 'novembre); eventuali ulteriori momenti di confronto secondo l''andamento dei lavori.',
     '2021-10-01', '2021-12-31'),
    ('b2000000-0000-4000-8000-000000000104', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     'APPROVAL', 'Approvazione da parte dell''Assemblea dei Sindaci',
     'Approvazione del documento di programmazione da parte dell''Assemblea dei Sindaci dell''ambito Oglio Po a fine anno.',
     '2021-12-01', '2021-12-31'),
    ('b2000000-0000-4000-8000-000000000105', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     'CO_DESIGN', 'Co-costruzione della programmazione e progettazione zonale',
     'Dopo l''approvazione: co-progettazione, valutazione dei risultati e dei cambiamenti prodotti, progettualità '
     || 'sperimentali per la premialità.',
     '2022-01-01', '2023-12-31'),
    -- Cremasco 2025-2027
    ('b2000000-0000-4000-8000-000000000201', 'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001',
     'DRAFTING', 'Scrittura del Piano di Zona',
     'Da aprile 2024 tutti gli ambiti lombardi scrivono il nuovo Piano; il Comune di Crema, capofila, avvia un percorso '
     || 'condiviso con il Terzo settore. Data di chiusura indicativa (dato demo).',
     '2024-04-01', '2024-12-31'),
    ('b2000000-0000-4000-8000-000000000202', 'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001',
     'TABLE_WORK', 'Incontri di co-programmazione per macro area',
     'Tre incontri per ciascuna delle quattro macro aree, da maggio 2024, con operatori dei comuni, enti del Terzo '
     || 'settore e amministratori; tavolo di ascolto dei sindaci.',
     '2024-05-01', '2024-09-30'),
    ('b2000000-0000-4000-8000-000000000203', 'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001',
     'APPROVAL', 'Approvazione da parte dell''Assemblea dei Sindaci',
     'Approvazione del Piano di Zona 2025-2027. Periodo indicativo (dato demo).',
     '2024-12-01', '2025-01-31'),
    ('b2000000-0000-4000-8000-000000000204', 'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001',
     'OTHER', 'Presentazione al Consiglio comunale di Crema',
     'Il Piano di Zona è illustrato nel consiglio comunale di Crema del 25 febbraio 2025.',
     '2025-02-25', null),
    ('b2000000-0000-4000-8000-000000000205', 'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001',
     'MONITORING', 'Attuazione, coprogettazione e monitoraggio',
     'Coprogettazione sul territorio d''ambito, misurazione degli indicatori e valutazione nel triennio.',
     '2025-01-01', '2027-12-31'),
    -- Cremasco 2015-2017
    ('b2000000-0000-4000-8000-000000000301', 'b1000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-000000000001',
     'OTHER', 'Definizione del percorso',
     'Incontro dell''Ufficio di Piano del 21 gennaio e riunione del Comitato Ristretto dell''Assemblea dei Sindaci del '
     || '28 gennaio 2015.',
     '2015-01-21', '2015-01-28'),
    ('b2000000-0000-4000-8000-000000000302', 'b1000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-000000000001',
     'DRAFTING', 'Gruppo di lavoro per la bozza di Piano',
     'Ufficio di Piano, persone del percorso di riorganizzazione dei servizi sociali (2013) e del Bando Welfare in '
     || 'Azione (2014), amministratori del Comitato Ristretto e del CdA di Comunità Sociale Cremasca.',
     '2015-02-01', '2015-03-31'),
    ('b2000000-0000-4000-8000-000000000303', 'b1000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-000000000001',
     'OPEN_EVENT', 'Evento aperto di confronto allargato',
     'Momento aperto nei primi giorni di marzo per favorire la partecipazione diffusa.',
     '2015-03-02', '2015-03-06'),
    ('b2000000-0000-4000-8000-000000000304', 'b1000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-000000000001',
     'SOCIALISATION', 'Socializzazione della bozza di Piano',
     'Il mese di aprile è dedicato alla piena socializzazione dei contenuti della bozza.',
     '2015-04-01', '2015-04-30'),
    ('b2000000-0000-4000-8000-000000000305', 'b1000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-000000000001',
     'APPROVAL', 'Approvazione del documento finale',
     'Termine per l''approvazione del Piano: entro il 30 aprile 2015.',
     '2015-04-30', null)
on conflict (id) do update set
    plan_id = excluded.plan_id, district_id = excluded.district_id, kind = excluded.kind, name = excluded.name,
    description = excluded.description, start_date = excluded.start_date, end_date = excluded.end_date;
