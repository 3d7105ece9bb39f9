-- DEMO DATA (profiles dev and demo only: quarkus.flyway.locations adds db/demo). Never loaded in production.
-- Repeatable and idempotent: upserts on fixed ids.
--
-- The narrative sections that the plan office of the ambito Oglio Po writes for the plan document of the Piano
-- di Zona 2021-2023 (plan b1000000-...-001): an introduction (order 50, before the context chapter) and the
-- governance of the process (order 150, between context and process). Their text PARAPHRASES the seed articles
-- (the Consorzio Casalasco's invitation to the Third Sector and the local press on the start of the tables);
-- the sentences in quotation marks are quoted from the seeds. Versions are assembled at run time by the API
-- (POST /plans/{planId}/document/versions), never here: a version's hash must be that of its assembled content.
insert into plan_document_sections (id, plan_id, district_id, section_key, title, body, sort_order, version, created_at, updated_at) values
    ('bd000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     'introduction', 'Introduzione',
     'Il Piano di Zona è lo strumento di programmazione delle politiche sociali del territorio istituito dalla legge 328 del 2000: si rinnova ogni tre anni per aggiornare le politiche e gli interventi in campo sociale dell''ambito Oglio Po.

"Questo Piano di Zona, dopo questi ultimi 18 mesi di cui tutti portiamo il segno, sarà l''occasione per abbandonare la logica dell''individualismo e realizzare un sistema di interventi e servizi sociali che si proponga come integrato".

## Un piano costruito con il Terzo settore

Il Consorzio Casalasco dei Servizi Sociali ha invitato le realtà del Terzo settore a partecipare alla programmazione 2021-2023. Il ruolo del Terzo settore è strategico sia per la lettura del bisogno territoriale sia per la programmazione delle risposte ai bisogni della persona e alle esigenze della comunità.

L''approvazione del documento da parte dell''Assemblea dei Sindaci non chiude il lavoro: dà inizio alla fase di co-costruzione della programmazione e progettazione zonale, con la valutazione dei risultati e dei cambiamenti prodotti.',
     50, 0, '2021-10-04 09:00:00+02', '2021-10-04 09:00:00+02'),
    ('bd000000-0000-4000-8000-000000000002', 'b1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000003',
     'governance', 'La governance del percorso',
     'L''ambito Oglio Po lavora su due percorsi territoriali distinti, con tavoli di programmazione nei due sub-ambiti per aderire meglio ai bisogni locali; le istanze e le analisi dei tavoli confluiscono in un unico documento di programmazione d''ambito.

## I tavoli del sub-ambito Casalasco

I tavoli di lavoro del sub-ambito Casalasco sono organizzati per tre tipologie di destinatari:

- Anziani, persone disabili e non autosufficienti
- Minori, giovani e famiglie
- Adulti, fragilità e vulnerabilità

## Le aree trasversali

- Cura e salute (domiciliarità)
- Formazione e interventi connessi alle politiche per il lavoro
- Politiche abitative
- Inclusione e coesione sociale
- Digitalizzazione dei servizi
- Integrazione sociosanitaria

## Chi decide

L''Ufficio di Piano coordina i tavoli e redige il documento; l''Assemblea dei Sindaci dell''ambito Oglio Po lo approva. Gli enti del Terzo settore che hanno partecipato all''elaborazione del piano possono aderire, su loro richiesta, all''accordo di programma.',
     150, 0, '2021-10-04 09:00:00+02', '2021-10-04 09:00:00+02')
on conflict (id) do update set
    title = excluded.title, body = excluded.body, sort_order = excluded.sort_order, updated_at = excluded.updated_at;
