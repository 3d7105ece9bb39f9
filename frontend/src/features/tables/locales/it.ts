/** Italian text of the tables feature (`tables.…` keys); English in ./en.ts has the same keys. */
export const it = {
  members: {
    title: 'Organizzazioni aderenti',
    empty: 'Nessuna organizzazione aderisce ancora al tavolo.',
    status: {
      FULL: 'Membro',
      CONSULTATIVE: 'Consultivo',
    },
    titular: 'Titolare: {{name}}',
    substitute: 'Sostituto: {{name}}',
  },
  form: {
    newTitle: 'Nuovo tavolo',
    editTitle: 'Modifica il tavolo «{{name}}»',
    edit: 'Modifica il tavolo',
    create: 'Crea il tavolo',
    name: 'Nome del tavolo',
    targetGroup: 'Destinatari',
    level: 'Livello',
    subdistrict: 'Sub-ambito',
    description: 'Descrizione',
    policyAreas: 'Aree di policy su cui lavora',
    noPlanPolicyAreas: 'Il piano non ha ancora aree di policy: sceglile nei dati del piano.',
    created: 'Tavolo «{{name}}» creato.',
    saved: 'Tavolo «{{name}}» salvato.',
  },
  matrix: {
    title: 'Tavoli e aree di policy',
    caption: 'Su quali aree di policy lavora ciascun tavolo tematico',
    table: 'Tavolo',
    yes: 'Sì',
    no: 'No',
    empty: 'Nessun tavolo definito.',
    scrollHint: 'Scorri la tabella in orizzontale per vedere tutte le aree.',
  },
  level: {
    DISTRICT: 'Ambito',
    SUBDISTRICT: 'Sub-ambito',
  },
  targetGroup: {
    ELDERLY_AND_DISABLED: 'Anziani, persone disabili e non autosufficienti',
    CHILDREN_YOUTH_AND_FAMILIES: 'Minori, giovani e famiglie',
    ADULTS_AND_VULNERABILITY: 'Adulti, fragilità e vulnerabilità',
    WHOLE_POPULATION: 'Tutta la popolazione',
    OTHER: 'Altro',
  },
  page: {
    kicker: 'Tavolo tematico',
    targetGroup: 'Destinatari',
    level: 'Livello',
    policyAreas: 'Aree di policy',
    noPolicyAreas: 'Nessuna area di policy.',
    sessions: 'Incontri del tavolo',
    plan: 'Piano di Zona',
  },
};

export type Messages = typeof it;
