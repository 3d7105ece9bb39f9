import type { Messages } from './it';

/** English text of the opendata feature (`opendata.…` keys); Italian domain terms stay visible. */
export const en: Messages = {
  page: {
    link: 'Open data',
    kicker: 'Transparency',
    title: 'Open data',
    back: 'Back to the plan “{{plan}}”',
    intro: 'The public data of the Piani di Zona, free to reuse: in CSV (with CSVW metadata) and JSON, always current.',
    catalog: 'DCAT-AP_IT catalogue (for dati.gov.it)',
  },
  scope: { PLAN: 'Data of the plan', DISTRICT: 'Data of the district', REGION: 'Reference data' },
  card: {
    license: 'Licence',
    lastUpdate: 'Last update',
    download: 'Download {{format}}',
    loading: 'Loading the preview…',
    previewError: 'Preview not available.',
    empty: 'No data yet.',
    preview: 'Preview of “{{title}}”: the first {{count}} rows',
  },
};
