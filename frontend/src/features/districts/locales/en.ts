import type { Messages } from './it';

/** English text of the districts feature (`districts.…` keys); Italian domain terms stay visible. */
export const en: Messages = {
  list: {
    title: 'Ambiti and their Piani di Zona',
    intro: 'Browse the published Piani di Zona: meeting calendar, thematic tables (tavoli) and the phases of the process.',
    empty: 'No ambito available.',
    municipalities_one: '{{count}} comune',
    municipalities_other: '{{count}} comuni',
    population: '{{value}} inhabitants',
    leadBody: 'Lead body: {{name}}',
    healthAuthority: 'ASST: {{name}}',
  },
};
