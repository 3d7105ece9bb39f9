/** Italian text of the districts feature (`districts.…` keys); English in ./en.ts has the same keys. */
export const it = {
  list: {
    title: 'Ambiti territoriali e Piani di Zona',
    intro: 'Consulta i Piani di Zona pubblicati: calendario, tavoli tematici e fasi del processo.',
    empty: 'Nessun ambito disponibile.',
    municipalities_one: '{{count}} comune',
    municipalities_other: '{{count}} comuni',
    population: '{{value}} abitanti',
    leadBody: 'Ente capofila: {{name}}',
    healthAuthority: 'ASST: {{name}}',
  },
};

export type Messages = typeof it;
