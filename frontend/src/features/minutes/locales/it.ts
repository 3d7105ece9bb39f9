/** Italian text of the minutes feature (`minutes.…` keys); English in ./en.ts has the same keys. */
export const it = {
  view: {
    title: 'Verbale',
    approved: 'Verbale approvato {{date}}.',
  },
  editor: {
    title: 'Verbale dell’incontro',
    body: 'Testo del verbale',
    hint: 'Presenti, temi discussi, decisioni. Separa i paragrafi con una riga vuota.',
    save: 'Salva la bozza',
    saved: 'Bozza del verbale salvata.',
    approve: 'Approva il verbale',
    approveTitle: 'Approvare il verbale?',
    approveBody: 'Il verbale salvato diventa pubblico e non si potrà più modificare. Salva prima le ultime modifiche.',
    approveConfirm: 'Sì, approva',
    frozen: 'Verbale approvato: è pubblico e non si modifica più.',
  },
  errata: {
    title: 'Errata corrige',
    heading: 'Errata corrige n. {{number}}',
    approved: 'approvata il {{date}}.',
    draft: 'bozza, non ancora pubblica.',
    write: 'Scrivi l’errata corrige n. {{number}}',
    body: 'Testo dell’errata corrige n. {{number}}',
    hint: 'Il verbale approvato non cambia: scrivi che cosa correggi e come. Dopo l’approvazione l’errata corrige è pubblica accanto al verbale.',
    save: 'Salva la bozza',
    saved: 'Bozza dell’errata corrige n. {{number}} salvata.',
    approve: 'Approva l’errata corrige',
    approveTitle: 'Approvare l’errata corrige n. {{number}}?',
    approveBody: 'Il testo salvato diventa pubblico accanto al verbale e non si potrà più modificare. Salva prima le ultime modifiche.',
    published: 'Errata corrige n. {{number}} approvata e pubblicata.',
  },
};

export type Messages = typeof it;
