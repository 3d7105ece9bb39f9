-- DEMO DATA (profiles dev and demo only: quarkus.flyway.locations adds db/demo). Never loaded in production.
-- Repeatable and idempotent: upserts on fixed ids; the check digits of the tax codes were computed by script.
--
-- The accordo di programma of the Piano di Zona Cremasco 2025-2027 (plan b1000000-...-002): signed by the
-- 48 comuni of the ambito (reference data, by ISTAT code), ASST Crema, ATS Val Padana and the lead body
-- Comunità Sociale Cremasca. Date and deliberation reference are ILLUSTRATIVE.
--
-- The 85 adhering Third Sector entities reproduce the PUBLIC COUNTS of the seed article (consiglio comunale
-- di Crema, 25 February 2025): 37 cooperatives and consortia, 12 diocesan bodies, 13 APS, 12 foundations,
-- 10 ODV. Those five figures add up to 84, not 85: the article does not say what the 85th is, so here it is one
-- entity of another kind (OTHER_ETS), keeping both the total and the five figures. Their NAMES ARE FICTIONAL
-- (ids 0a000000-...-000000001001 to ...-1085); tax codes are fictional too: 88888 + the 5-digit
-- number + the check digit of the numeric codice fiscale algorithm.
-- To have "taken part" (the rule of the API), each has one delegate (participant) who is a full member of one
-- of the plan's four macro-area tables; their adhesions are inserted here already ACCEPTED.

insert into organizations (id, name, tax_code, kind, runts_number, runts_section, email) values
    ('0a000000-0000-4000-8000-000000001001', 'Cooperativa sociale Il Ponte di Crema', '88888000010', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1001', 'SOCIAL_ENTERPRISE', 'ente001@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001002', 'Cooperativa sociale La Rondine', '88888000028', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1002', 'SOCIAL_ENTERPRISE', 'ente002@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001003', 'Cooperativa sociale Arcobaleno Cremasco', '88888000036', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1003', 'SOCIAL_ENTERPRISE', 'ente003@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001004', 'Cooperativa sociale Il Seme', '88888000044', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1004', 'SOCIAL_ENTERPRISE', 'ente004@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001005', 'Cooperativa sociale Koala', '88888000051', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1005', 'SOCIAL_ENTERPRISE', 'ente005@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001006', 'Cooperativa sociale Filo di Speranza', '88888000069', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1006', 'SOCIAL_ENTERPRISE', 'ente006@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001007', 'Cooperativa sociale Nuovi Orizzonti', '88888000077', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1007', 'SOCIAL_ENTERPRISE', 'ente007@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001008', 'Cooperativa sociale La Bussola', '88888000085', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1008', 'SOCIAL_ENTERPRISE', 'ente008@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001009', 'Cooperativa sociale Il Cortile', '88888000093', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1009', 'SOCIAL_ENTERPRISE', 'ente009@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001010', 'Cooperativa sociale Terra Viva', '88888000101', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1010', 'SOCIAL_ENTERPRISE', 'ente010@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001011', 'Cooperativa sociale Il Melograno', '88888000119', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1011', 'SOCIAL_ENTERPRISE', 'ente011@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001012', 'Cooperativa sociale Lo Scrigno', '88888000127', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1012', 'SOCIAL_ENTERPRISE', 'ente012@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001013', 'Cooperativa sociale L''Aquilone', '88888000135', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1013', 'SOCIAL_ENTERPRISE', 'ente013@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001014', 'Cooperativa sociale Il Mosaico', '88888000143', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1014', 'SOCIAL_ENTERPRISE', 'ente014@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001015', 'Cooperativa sociale Casa Aperta', '88888000150', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1015', 'SOCIAL_ENTERPRISE', 'ente015@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001016', 'Cooperativa sociale Sentiero Comune', '88888000168', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1016', 'SOCIAL_ENTERPRISE', 'ente016@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001017', 'Cooperativa sociale Il Gelso', '88888000176', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1017', 'SOCIAL_ENTERPRISE', 'ente017@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001018', 'Cooperativa sociale La Tela', '88888000184', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1018', 'SOCIAL_ENTERPRISE', 'ente018@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001019', 'Cooperativa sociale Il Faro del Serio', '88888000192', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1019', 'SOCIAL_ENTERPRISE', 'ente019@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001020', 'Cooperativa sociale Insieme per Crema', '88888000200', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1020', 'SOCIAL_ENTERPRISE', 'ente020@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001021', 'Cooperativa sociale Il Quadrifoglio', '88888000218', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1021', 'SOCIAL_ENTERPRISE', 'ente021@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001022', 'Cooperativa sociale Orizzonte Lavoro', '88888000226', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1022', 'SOCIAL_ENTERPRISE', 'ente022@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001023', 'Cooperativa sociale La Pianta', '88888000234', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1023', 'SOCIAL_ENTERPRISE', 'ente023@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001024', 'Cooperativa sociale Cascina Verde', '88888000242', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1024', 'SOCIAL_ENTERPRISE', 'ente024@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001025', 'Cooperativa sociale Il Tralcio', '88888000259', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1025', 'SOCIAL_ENTERPRISE', 'ente025@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001026', 'Cooperativa sociale Punto d''Incontro', '88888000267', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1026', 'SOCIAL_ENTERPRISE', 'ente026@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001027', 'Cooperativa sociale La Navicella', '88888000275', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1027', 'SOCIAL_ENTERPRISE', 'ente027@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001028', 'Cooperativa sociale Il Borgo Solidale', '88888000283', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1028', 'SOCIAL_ENTERPRISE', 'ente028@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001029', 'Cooperativa sociale Mani Tese Cremasche', '88888000291', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1029', 'SOCIAL_ENTERPRISE', 'ente029@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001030', 'Cooperativa sociale La Fornace', '88888000309', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1030', 'SOCIAL_ENTERPRISE', 'ente030@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001031', 'Cooperativa sociale Il Germoglio', '88888000317', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1031', 'SOCIAL_ENTERPRISE', 'ente031@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001032', 'Cooperativa sociale Serio Servizi', '88888000325', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1032', 'SOCIAL_ENTERPRISE', 'ente032@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001033', 'Cooperativa sociale Il Crocevia', '88888000333', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1033', 'SOCIAL_ENTERPRISE', 'ente033@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001034', 'Consorzio Cremasco Solidale', '88888000341', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1034', 'SOCIAL_ENTERPRISE', 'ente034@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001035', 'Consorzio Rete Sociale del Serio', '88888000358', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1035', 'SOCIAL_ENTERPRISE', 'ente035@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001036', 'Consorzio Lavoro e Inclusione', '88888000366', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1036', 'SOCIAL_ENTERPRISE', 'ente036@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001037', 'Consorzio Casa Comune', '88888000374', 'SOCIAL_COOPERATIVE', 'DEMO-RUNTS-1037', 'SOCIAL_ENTERPRISE', 'ente037@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001038', 'Parrocchia di San Giacomo Maggiore', '88888000382', 'RELIGIOUS_BODY', null, null, 'ente038@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001039', 'Parrocchia dei Santi Pietro e Paolo', '88888000390', 'RELIGIOUS_BODY', null, null, 'ente039@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001040', 'Parrocchia di San Benedetto', '88888000408', 'RELIGIOUS_BODY', null, null, 'ente040@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001041', 'Parrocchia di Santa Maria della Croce', '88888000416', 'RELIGIOUS_BODY', null, null, 'ente041@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001042', 'Parrocchia di San Bernardino', '88888000424', 'RELIGIOUS_BODY', null, null, 'ente042@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001043', 'Parrocchia di San Carlo', '88888000432', 'RELIGIOUS_BODY', null, null, 'ente043@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001044', 'Caritas diocesana di Crema', '88888000440', 'RELIGIOUS_BODY', null, null, 'ente044@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001045', 'Fondazione diocesana Casa dell''Accoglienza', '88888000457', 'RELIGIOUS_BODY', null, null, 'ente045@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001046', 'Oratorio San Luigi', '88888000465', 'RELIGIOUS_BODY', null, null, 'ente046@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001047', 'Parrocchia di Sant''Angela Merici', '88888000473', 'RELIGIOUS_BODY', null, null, 'ente047@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001048', 'Parrocchia di San Bartolomeo', '88888000481', 'RELIGIOUS_BODY', null, null, 'ente048@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001049', 'Opera diocesana Buon Samaritano', '88888000499', 'RELIGIOUS_BODY', null, null, 'ente049@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001050', 'Associazione Genitori Insieme APS', '88888000507', 'APS', 'DEMO-RUNTS-1050', 'APS', 'ente050@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001051', 'Associazione Il Girotondo APS', '88888000515', 'APS', 'DEMO-RUNTS-1051', 'APS', 'ente051@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001052', 'Associazione Anziani Attivi APS', '88888000523', 'APS', 'DEMO-RUNTS-1052', 'APS', 'ente052@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001053', 'Associazione Ponte tra Culture APS', '88888000531', 'APS', 'DEMO-RUNTS-1053', 'APS', 'ente053@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001054', 'Associazione Sport per Tutti APS', '88888000549', 'APS', 'DEMO-RUNTS-1054', 'APS', 'ente054@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001055', 'Associazione La Casa delle Donne APS', '88888000556', 'APS', 'DEMO-RUNTS-1055', 'APS', 'ente055@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001056', 'Associazione Giovani in Cammino APS', '88888000564', 'APS', 'DEMO-RUNTS-1056', 'APS', 'ente056@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001057', 'Associazione Teatro Sociale APS', '88888000572', 'APS', 'DEMO-RUNTS-1057', 'APS', 'ente057@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001058', 'Associazione Orti Condivisi APS', '88888000580', 'APS', 'DEMO-RUNTS-1058', 'APS', 'ente058@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001059', 'Associazione Famiglie Disabili APS', '88888000598', 'APS', 'DEMO-RUNTS-1059', 'APS', 'ente059@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001060', 'Associazione Lettura e Comunità APS', '88888000606', 'APS', 'DEMO-RUNTS-1060', 'APS', 'ente060@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001061', 'Associazione Musica Insieme APS', '88888000614', 'APS', 'DEMO-RUNTS-1061', 'APS', 'ente061@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001062', 'Associazione Quartiere Vivo APS', '88888000622', 'APS', 'DEMO-RUNTS-1062', 'APS', 'ente062@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001063', 'Fondazione Benefattori Cremaschi', '88888000630', 'FOUNDATION', null, null, 'ente063@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001064', 'Fondazione Casa di Riposo del Serio', '88888000648', 'FOUNDATION', null, null, 'ente064@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001065', 'Fondazione Comunità Cremasca', '88888000655', 'FOUNDATION', null, null, 'ente065@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001066', 'Fondazione Aiutiamoli a Vivere', '88888000663', 'FOUNDATION', null, null, 'ente066@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001067', 'Fondazione Il Sorriso', '88888000671', 'FOUNDATION', null, null, 'ente067@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001068', 'Fondazione Santa Chiara', '88888000689', 'FOUNDATION', null, null, 'ente068@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001069', 'Fondazione Opera Pia San Martino', '88888000697', 'FOUNDATION', null, null, 'ente069@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001070', 'Fondazione Lavoro e Dignità', '88888000705', 'FOUNDATION', null, null, 'ente070@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001071', 'Fondazione Borgo Antico', '88888000713', 'FOUNDATION', null, null, 'ente071@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001072', 'Fondazione Vita Indipendente', '88888000721', 'FOUNDATION', null, null, 'ente072@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001073', 'Fondazione Carità e Lavoro', '88888000739', 'FOUNDATION', null, null, 'ente073@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001074', 'Fondazione Scuola Materna Sant''Anna', '88888000747', 'FOUNDATION', null, null, 'ente074@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001075', 'Volontari del Soccorso ODV', '88888000754', 'ODV', 'DEMO-RUNTS-1075', 'ODV', 'ente075@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001076', 'Amici dell''Ospedale ODV', '88888000762', 'ODV', 'DEMO-RUNTS-1076', 'ODV', 'ente076@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001077', 'Banco Alimentare Cremasco ODV', '88888000770', 'ODV', 'DEMO-RUNTS-1077', 'ODV', 'ente077@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001078', 'Auser Volontariato Crema ODV', '88888000788', 'ODV', 'DEMO-RUNTS-1078', 'ODV', 'ente078@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001079', 'Centro di Ascolto Il Pozzo ODV', '88888000796', 'ODV', 'DEMO-RUNTS-1079', 'ODV', 'ente079@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001080', 'Avulss Crema ODV', '88888000804', 'ODV', 'DEMO-RUNTS-1080', 'ODV', 'ente080@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001081', 'Volontari in Carcere ODV', '88888000812', 'ODV', 'DEMO-RUNTS-1081', 'ODV', 'ente081@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001082', 'Trasporto Amico ODV', '88888000820', 'ODV', 'DEMO-RUNTS-1082', 'ODV', 'ente082@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001083', 'Nonni Vigili Solidali ODV', '88888000838', 'ODV', 'DEMO-RUNTS-1083', 'ODV', 'ente083@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001084', 'Abio Crema ODV', '88888000846', 'ODV', 'DEMO-RUNTS-1084', 'ODV', 'ente084@demo.zonale.example'),
    ('0a000000-0000-4000-8000-000000001085', 'Comitato Cremasco per l''Inclusione ETS', '88888000853', 'OTHER_ETS', 'DEMO-RUNTS-1085', 'OTHER_ETS', 'ente085@demo.zonale.example')
on conflict (id) do update set
    name = excluded.name, tax_code = excluded.tax_code, kind = excluded.kind,
    runts_number = excluded.runts_number, runts_section = excluded.runts_section, email = excluded.email;

-- The 85 work in the ambito Cremasco.
insert into organization_districts (organization_id, district_id)
select o.id, 'd1000000-0000-4000-8000-000000000001'
from organizations o
where o.id between '0a000000-0000-4000-8000-000000001001' and '0a000000-0000-4000-8000-000000001085'
on conflict do nothing;

-- One delegate each (fictional), ids derived from the organisation's id.
insert into participants (id, organization_id, full_name, organization_role, email)
select md5('demo-agreement-participant-' || o.id)::uuid, o.id, 'Referente ' || o.name, 'Legale rappresentante',
       'referente.' || o.tax_code || '@demo.zonale.example'
from organizations o
where o.id between '0a000000-0000-4000-8000-000000001001' and '0a000000-0000-4000-8000-000000001085'
on conflict (id) do update set full_name = excluded.full_name, organization_role = excluded.organization_role,
    email = excluded.email;

-- Each is a full member of one of the four macro-area tables (round robin): it took part in the plan.
insert into table_memberships (id, table_id, district_id, organization_id, status, titular_participant_id, admitted_at)
select md5('demo-agreement-membership-' || o.id)::uuid,
       ('7a000000-0000-4000-8000-00000000020' || (1 + (row_number() over (order by o.id)) % 4))::uuid,
       'd1000000-0000-4000-8000-000000000001', o.id, 'FULL', md5('demo-agreement-participant-' || o.id)::uuid,
       '2024-06-15 10:00:00+02:00'
from organizations o
where o.id between '0a000000-0000-4000-8000-000000001001' and '0a000000-0000-4000-8000-000000001085'
on conflict (id) do nothing;

-- The accordo itself.
insert into agreements (id, plan_id, district_id, title, deliberation_reference, summary, signed_on, valid_from,
                        valid_to, status, signed_at, created_at, updated_at)
values ('a9000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000002',
        'd1000000-0000-4000-8000-000000000001',
        'Accordo di programma per l''attuazione del Piano di Zona 2025-2027 – Ambito Cremasco',
        'Deliberazione dell''Assemblea dei Sindaci (riferimento illustrativo)',
        'Accordo tra i 48 comuni dell''ambito Cremasco, ASST Crema, ATS Val Padana e Comunità Sociale Cremasca, '
            || 'ente capofila, per l''attuazione del Piano di Zona 2025-2027: welfare generativo, punto unico di '
            || 'accesso nella casa di comunità, co-progettazione con gli enti del Terzo settore che vi aderiscono.',
        '2025-03-14', '2025-01-01', '2027-12-31', 'SIGNED', '2025-03-14 12:00:00+01:00',
        '2025-02-20 09:00:00+01:00', '2025-03-14 12:00:00+01:00')
on conflict (id) do update set
    title = excluded.title, deliberation_reference = excluded.deliberation_reference, summary = excluded.summary,
    signed_on = excluded.signed_on, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
    status = excluded.status, signed_at = excluded.signed_at;

-- Signatories: the lead body, ASST Crema, ATS Val Padana, then the 48 comuni by name.
delete from agreement_signatories where agreement_id = 'a9000000-0000-4000-8000-000000000001';
insert into agreement_signatories (agreement_id, position, organization_id, signed_on, signatory_name, signatory_role)
values
    ('a9000000-0000-4000-8000-000000000001', 0, '0a000000-0000-4000-8000-000000000002', '2025-03-14', null,
     'Presidente, ente capofila'),
    ('a9000000-0000-4000-8000-000000000001', 1, '0a000000-0000-4000-8000-000000000005', '2025-03-14', null,
     'Direttore generale'),
    ('a9000000-0000-4000-8000-000000000001', 2, '0a000000-0000-4000-8000-00000000000b', '2025-03-14', null,
     'Direttore generale');
insert into agreement_signatories (agreement_id, position, municipality_istat_code, signed_on, signatory_role)
select 'a9000000-0000-4000-8000-000000000001', 2 + row_number() over (order by m.name, m.istat_code),
       m.istat_code, '2025-03-14', 'Sindaco'
from municipalities m
where m.district_id = 'd1000000-0000-4000-8000-000000000001';

-- The accepted adhesions of the 85.
insert into agreement_adhesions (id, agreement_id, plan_id, district_id, organization_id, status, requested_at,
                                 decided_at, created_at, updated_at)
select md5('demo-agreement-adhesion-' || o.id)::uuid, 'a9000000-0000-4000-8000-000000000001',
       'b1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001', o.id, 'ACCEPTED',
       '2025-03-20 10:00:00+01:00', '2025-04-02 10:00:00+02:00', '2025-03-20 10:00:00+01:00',
       '2025-04-02 10:00:00+02:00'
from organizations o
where o.id between '0a000000-0000-4000-8000-000000001001' and '0a000000-0000-4000-8000-000000001085'
on conflict (id) do update set status = excluded.status, decided_at = excluded.decided_at;
