/** Italian text of the opendata feature (`opendata.…` keys); English in ./en.ts has the same keys. */
export const it = {
  page: {
    link: 'Dati aperti',
    kicker: 'Trasparenza',
    title: 'Dati aperti',
    back: 'Torna al piano «{{plan}}»',
    intro: 'I dati pubblici dei Piani di Zona, liberamente riutilizzabili: in CSV (con i metadati CSVW) e in JSON, sempre aggiornati.',
    catalog: 'Catalogo DCAT-AP_IT (per dati.gov.it)',
  },
  scope: { PLAN: 'Dati del piano', DISTRICT: 'Dati dell’ambito', REGION: 'Dati di riferimento' },
  card: {
    license: 'Licenza',
    lastUpdate: 'Ultimo aggiornamento',
    download: 'Scarica {{format}}',
    loading: 'Caricamento dell’anteprima…',
    previewError: 'Anteprima non disponibile.',
    empty: 'Nessun dato per ora.',
    preview: 'Anteprima di «{{title}}»: le prime {{count}} righe',
  },
};

export type Messages = typeof it;
