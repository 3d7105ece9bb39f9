/** Italian text of the account feature (`account.…` keys); English in ./en.ts has the same keys. */
export const it = {
  me: {
    title: 'Il mio profilo',
    signedOut: 'Accedi per vedere il tuo profilo e l’organizzazione per cui operi.',
    username: 'Utente',
    organization: 'Organizzazione',
    organizationKind: 'Tipo di organizzazione',
    roles: 'Ruoli',
  },
};

export type Messages = typeof it;
