-- The regional catalogue of policy areas (aree di policy) from which each plan selects its own.
-- Reference data for every environment (production too). Names and descriptions are Italian: the UI
-- shows them as they are. Codes are stable identifiers for integrations; ids are fixed.
--
-- 1-6: the areas of the Lombardy guidelines for the 2021-2023 plans, as summarised by the Ufficio di
--      Piano of the ambito Oglio Po / sub-ambito Casalasco in its call to the Third Sector (seed article
--      "invito al Terzo settore ... Piani di Zona 2021-2023"): cura e salute (domiciliarità); formazione e
--      interventi connessi alle politiche per il lavoro; politiche abitative; inclusione/coesione sociale;
--      digitalizzazione dei servizi; integrazione sociosanitaria.
-- 7-11: areas of the Lombardy guidelines for the 2025-2027 plans (d.g.r. XII/2167 of 2024) that the seed
--      articles need; the names follow the guidelines' macro-areas as we know them (check them against the
--      text of the d.g.r. before relying on them in production; a later migration can rename them).
--      The ambito Cremasco organised its 2025-2027 co-programming in four macro areas (minori e
--      famiglia; fragilità: anziani e persone con disabilità; adulti e povertà: contrasto alla povertà e
--      marginalità, politiche per il lavoro e abitative; innovazione e giovani), which map onto FAMILY + YOUTH,
--      ELDERLY + DISABILITY, CONTRAST_TO_POVERTY + TRAINING_AND_WORK + HOUSING, YOUTH + DIGITAL_SERVICES.
--      Further regional areas can be added by a later migration.
insert into policy_areas (id, code, name, description, position) values
    ('9a000000-0000-4000-8000-000000000001', 'CARE_AND_HOME', 'Cura e salute (domiciliarità)',
     'Sostegno alla permanenza a domicilio delle persone fragili: assistenza domiciliare, cura, salute e supporto ai caregiver familiari.',
     1),
    ('9a000000-0000-4000-8000-000000000002', 'TRAINING_AND_WORK', 'Formazione e politiche per il lavoro',
     'Formazione e interventi connessi alle politiche per il lavoro: orientamento, tirocini e inserimento lavorativo delle persone vulnerabili.',
     2),
    ('9a000000-0000-4000-8000-000000000003', 'HOUSING', 'Politiche abitative',
     'Accesso alla casa, prevenzione e gestione dell''emergenza abitativa, servizi abitativi e housing sociale.',
     3),
    ('9a000000-0000-4000-8000-000000000004', 'INCLUSION_AND_COHESION', 'Inclusione e coesione sociale',
     'Promozione dell''inclusione attiva, delle reti di comunità e della coesione sociale; contrasto all''isolamento.',
     4),
    ('9a000000-0000-4000-8000-000000000005', 'DIGITAL_SERVICES', 'Digitalizzazione dei servizi',
     'Accesso digitale ai servizi sociali, sistemi informativi condivisi tra enti e contrasto al divario digitale.',
     5),
    ('9a000000-0000-4000-8000-000000000006', 'SOCIAL_HEALTH_INTEGRATION', 'Integrazione sociosanitaria',
     'Integrazione tra servizi sociali e sanitari con ASST e ATS: valutazione multidimensionale, punto unico di accesso, dimissioni protette.',
     6),
    ('9a000000-0000-4000-8000-000000000007', 'CONTRAST_TO_POVERTY', 'Contrasto alla povertà e all''emarginazione sociale',
     'Sostegno al reddito e progetti personalizzati di inclusione, pronto intervento sociale, persone senza dimora e grave marginalità.',
     7),
    ('9a000000-0000-4000-8000-000000000008', 'YOUTH', 'Politiche giovanili e per i minori',
     'Prevenzione del disagio e promozione del benessere di minori, adolescenti e giovani; contrasto alla povertà educativa.',
     8),
    ('9a000000-0000-4000-8000-000000000009', 'FAMILY', 'Interventi a favore della famiglia',
     'Sostegno alla genitorialità, conciliazione dei tempi di vita e di lavoro, tutela dei minori e affido familiare.',
     9),
    ('9a000000-0000-4000-8000-000000000010', 'ELDERLY', 'Anziani',
     'Invecchiamento attivo, prevenzione della fragilità e della non autosufficienza, rete dei servizi per le persone anziane.',
     10),
    ('9a000000-0000-4000-8000-000000000011', 'DISABILITY', 'Interventi per la disabilità',
     'Progetto di vita, vita indipendente e autonomia delle persone con disabilità; inclusione scolastica, lavorativa e sociale.',
     11);
