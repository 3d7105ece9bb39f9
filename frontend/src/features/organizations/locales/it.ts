/** Italian text of the organizations feature (`organizations.…` keys); English in ./en.ts has the same keys. */
export const it = {
  page: {
    kicker: 'La mia organizzazione',
    profile: 'Profilo',
    taxCode: 'Codice fiscale',
    kind: 'Tipo',
    districts: 'Ambiti in cui opera',
    districtsHint:
      'Gli ambiti li tiene l’Ufficio di Piano di ciascun ambito, perché ne formano il registro: per operare in un altro ambito, o per lasciarne uno, chiedilo al suo Ufficio di Piano.',
  },
  proposal: {
    title: 'Proposta in attesa di conferma',
    body: 'È stato proposto il tipo «{{kind}}»{{section}}. Finché l’Ufficio di Piano non la conferma, l’ente resta registrato come «{{current}}».',
    section: ', sezione del RUNTS «{{section}}»',
  },
  form: {
    name: 'Denominazione',
    runtsNumber: 'Numero di iscrizione al RUNTS',
    runtsNumberHint: 'Per gli enti del Terzo Settore iscritti al Registro unico nazionale.',
    runtsSection: 'Sezione del RUNTS',
    runtsSectionConfirmedHint: 'Tipo e sezione sono confermati dall’Ufficio di Piano: una sezione diversa resta una proposta finché l’ufficio non la conferma.',
    noSection: 'Nessuna',
    email: 'E-mail',
    pec: 'PEC',
    save: 'Salva il profilo',
    saved: 'Profilo salvato.',
  },
  kind: {
    ODV: 'Organizzazione di volontariato',
    APS: 'Associazione di promozione sociale',
    SOCIAL_ENTERPRISE: 'Impresa sociale',
    SOCIAL_COOPERATIVE: 'Cooperativa sociale',
    PHILANTHROPIC_ENTITY: 'Ente filantropico',
    ASSOCIATIVE_NETWORK: 'Rete associativa',
    MUTUAL_AID_SOCIETY: 'Società di mutuo soccorso',
    OTHER_ETS: 'Altro ente del Terzo Settore',
    FOUNDATION: 'Fondazione',
    RELIGIOUS_BODY: 'Ente religioso',
    MUNICIPALITY: 'Comune',
    ASST: 'ASST',
    ATS: 'ATS',
    CONSORTIUM: 'Ente capofila / ufficio di piano',
  },
  runtsSection: {
    ODV: 'a) Organizzazioni di volontariato',
    APS: 'b) Associazioni di promozione sociale',
    PHILANTHROPIC_ENTITY: 'c) Enti filantropici',
    SOCIAL_ENTERPRISE: 'd) Imprese sociali',
    ASSOCIATIVE_NETWORK: 'e) Reti associative',
    MUTUAL_AID_SOCIETY: 'f) Società di mutuo soccorso',
    OTHER_ETS: 'g) Altri enti del Terzo Settore',
  },
};

export type Messages = typeof it;
