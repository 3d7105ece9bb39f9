/**
 * Italian text of the privacy feature (`privacy.…` keys): the privacy notice (informativa, art. 13 GDPR) as a
 * template whose [bracketed] parts the data controller completes, and the "I miei dati" download.
 */
export const it = {
  notice: {
    link: 'Informativa privacy',
    kicker: 'Protezione dei dati personali',
    title: 'Informativa sul trattamento dei dati personali',
    subtitle: 'ai sensi dell’art. 13 del Regolamento (UE) 2016/679 (GDPR)',
    template: 'Modello da completare a cura del titolare del trattamento: le parti tra [parentesi quadre] vanno sostituite prima della pubblicazione.',
    controllerTitle: '1. Titolare del trattamento',
    controller:
      'Titolare è l’ente capofila dell’ambito territoriale [denominazione dell’ente capofila: consorzio, azienda speciale o comune capofila], con sede in [indirizzo], PEC [indirizzo PEC], che gestisce il Piano di Zona per conto dell’Assemblea dei Sindaci. Ogni ambito che usa Zonale è titolare dei dati del proprio Piano.',
    dpoTitle: '2. Responsabile della protezione dei dati (RPD/DPO)',
    dpo: 'Il Responsabile della protezione dei dati è [nome o società], contattabile a [indirizzo e-mail] o [PEC].',
    purposesTitle: '3. Finalità e base giuridica',
    purposes:
      'I dati sono trattati per la programmazione sociale di zona: costituzione dei tavoli, iscrizione e presenza agli incontri, verbali, manifestazioni d’interesse, istanze, rilevazione dei bisogni, approvazione del Piano e accordo di programma (art. 19 L. 328/2000; [norma regionale, es. L.R. Lombardia 3/2008]). La base giuridica è l’esecuzione di un compito di interesse pubblico (art. 6, par. 1, lett. e, GDPR) e, per la conservazione degli atti, l’adempimento di obblighi di legge (art. 6, par. 1, lett. c). Le e-mail di servizio (conferme, promemoria) servono alla stessa finalità.',
    dataTitle: '4. Quali dati',
    data: 'Nome e cognome, e-mail e ruolo nell’ente delle persone indicate dagli enti; iscrizioni e presenze agli incontri; il nome nei verbali; per chi accede, nome utente e identificativo dell’account (anche tramite SPID o CIE) e il registro delle operazioni svolte (audit). Zonale non tratta categorie particolari di dati (art. 9): la rilevazione dei bisogni raccoglie risposte degli enti, non delle persone.',
    recipientsTitle: '5. Destinatari',
    recipients:
      'I dati sono trattati dal personale autorizzato dell’Ufficio di Piano e, per la propria parte, dagli enti che partecipano; dal fornitore che ospita il servizio, nominato responsabile del trattamento (art. 28): [denominazione del fornitore e luogo dei server]. Sono pubblicati solo atti pubblici e dati aggregati; i dati aperti non contengono dati personali. Nessun trasferimento fuori dall’Unione europea [da confermare].',
    retentionTitle: '6. Per quanto tempo',
    retention: 'I tempi di conservazione sono quelli della politica di conservazione di Zonale, applicata ogni giorno da una procedura automatica:',
    retentionAudit: 'registro delle operazioni (audit): {{years}} anni, poi cancellato;',
    retentionPeople: 'persone indicate dagli enti: finché partecipano; dopo {{years}} anni senza iscrizioni sono sostituite da uno pseudonimo;',
    retentionMails: 'e-mail di servizio inviate: 90 giorni;',
    retentionRecord:
      'verbali, presenze e atti del Piano: conservati come documenti amministrativi, con lo pseudonimo al posto del nome di chi ha chiesto la cancellazione.',
    rightsTitle: '7. I tuoi diritti',
    rights:
      'Puoi chiedere l’accesso ai tuoi dati, la rettifica, la cancellazione, la limitazione e la portabilità, e opporti al trattamento (artt. 15–22 GDPR), scrivendo a [indirizzo dell’Ufficio di Piano] o al RPD. Se hai un accesso a Zonale puoi scaricare subito i tuoi dati in formato JSON con il pulsante «I miei dati» nella pagina del tuo profilo. La cancellazione sostituisce il tuo nome con uno pseudonimo e rimuove la tua e-mail ovunque, ma lascia i conteggi e gli atti già approvati, che l’ente deve conservare (art. 17, par. 3, lett. b ed e). Hai diritto di proporre reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it).',
    provisionTitle: '8. Conferimento dei dati',
    provision:
      'Il conferimento di nome ed e-mail è necessario per partecipare ai tavoli e agli incontri e ricevere le comunicazioni; senza, l’ente non può iscrivere la persona. Non ci sono decisioni basate unicamente su un trattamento automatizzato.',
    updated: 'Ultimo aggiornamento: [data].',
  },
  myData: {
    title: 'I miei dati',
    intro: 'Scarica in formato JSON tutto ciò che Zonale conserva su di te: account, iscrizioni e presenze, operazioni registrate, e-mail inviate.',
    download: 'Scarica i miei dati',
    downloading: 'Preparazione del file…',
    notice: 'Leggi l’informativa privacy',
  },
};

export type Messages = typeof it;
