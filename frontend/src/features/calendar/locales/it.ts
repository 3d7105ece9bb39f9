/** Italian text of the calendar feature (`calendar.…` keys); English in ./en.ts has the same keys. */
export const it = {
  link: {
    plan: 'Aggiungi gli incontri al tuo calendario (iCal)',
    table: 'Aggiungi gli incontri del tavolo al calendario (iCal)',
    session: 'Aggiungi al calendario (iCal)',
  },
  private: {
    title: 'Il calendario della mia organizzazione',
    intro:
      'Un indirizzo segreto da incollare nel tuo calendario (Google, Outlook, Apple, Thunderbird): mostra gli incontri a cui la tua organizzazione ha iscritto qualcuno e si aggiorna da solo.',
    create: 'Crea l’indirizzo del calendario',
    address: 'Indirizzo del tuo calendario',
    once: 'Copialo ora: per sicurezza non sarà più mostrato. Chi lo conosce vede i tuoi incontri.',
    copy: 'Copia l’indirizzo',
    copied: 'Indirizzo copiato.',
    active: 'Hai un indirizzo di calendario attivo.',
    rotate: 'Crea un nuovo indirizzo (il vecchio smette di funzionare)',
    revoke: 'Disattiva l’indirizzo',
    revokeTitle: 'Disattivare l’indirizzo del calendario?',
    revokeBody: 'I calendari che lo usano smetteranno di ricevere gli incontri. Potrai crearne uno nuovo.',
  },
};

export type Messages = typeof it;
