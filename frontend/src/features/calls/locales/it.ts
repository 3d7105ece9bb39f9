/** Italian text of the calls feature (`calls.…` keys); English in ./en.ts has the same keys. */
export const it = {
  delete: {
    title: 'Eliminare l’invito?',
    hint: 'Un invito si elimina, con i suoi documenti, solo finché nessuna organizzazione ha manifestato interesse.',
    button: 'Elimina l’invito',
    body: '«{{title}}» e i suoi documenti saranno eliminati.',
    confirm: 'Sì, elimina',
    done: 'Invito «{{title}}» eliminato.',
  },
  status: {
    OPEN: 'Aperto',
    CLOSED: 'Chiuso',
  },
  list: {
    title: 'Inviti al Terzo Settore',
    empty: 'Nessun invito a manifestare interesse.',
  },
  deadline: {
    label: 'Scadenza',
    at: '{{date}}, ore {{time}}',
    passed: 'scaduto',
    in: {
      days_one: 'scade tra {{count}} giorno',
      days_other: 'scade tra {{count}} giorni',
      hours_one: 'scade tra {{count}} ora',
      hours_other: 'scade tra {{count}} ore',
      minutes_one: 'scade tra {{count}} minuto',
      minutes_other: 'scade tra {{count}} minuti',
    },
  },
  page: {
    kicker: 'Invito a manifestare interesse',
    status: 'Stato',
    express: 'Manifesta interesse',
    lateNote:
      'La scadenza è passata: una manifestazione d’interesse inviata ora è conservata ma segnalata come tardiva, e può essere ammessa solo come consultiva.',
    text: 'Testo dell’invito',
    tables: 'Tavoli aperti all’adesione',
    unknownTable: 'Tavolo del piano',
  },
  manage: {
    open: 'Gestisci l’invito',
    publicPage: 'Pagina pubblica dell’invito',
    data: 'Dati dell’invito',
  },
  form: {
    newTitle: 'Nuovo invito a manifestare interesse',
    newIntro: 'L’invito è pubblico appena lo apri; subito dopo potrai allegare i documenti (ad esempio il PDF dell’avviso).',
    title: 'Titolo',
    text: 'Testo dell’invito',
    textHint: 'Chi può aderire, come e con quali impegni.',
    deadlineDate: 'Giorno di scadenza',
    deadlineTime: 'Ora di scadenza',
    deadlineNote: 'Giorno e ora secondo l’ora italiana (Europe/Rome).',
    tables: 'Tavoli aperti all’adesione',
    tablesHint: 'Le organizzazioni potranno chiedere di far parte di questi tavoli.',
    noTables: 'Il piano non ha ancora tavoli: crea prima i tavoli.',
    open: 'Apri l’invito',
    openTitle: 'Aprire l’invito?',
    openBody: 'L’invito sarà subito pubblico e le organizzazioni potranno manifestare interesse fino alla scadenza.',
    openConfirm: 'Sì, apri l’invito',
    opened: 'Invito «{{title}}» aperto. Ora puoi allegare i documenti.',
    saved: 'Invito «{{title}}» salvato.',
  },
  attachments: {
    title: 'Documenti',
    hint: 'PDF, ODT o DOCX, al massimo 10 MB.',
  },
};

export type Messages = typeof it;
