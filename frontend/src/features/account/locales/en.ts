import type { Messages } from './it';

/** English text of the account feature (`account.…` keys); Italian domain terms stay visible. */
export const en: Messages = {
  me: {
    title: 'My profile',
    signedOut: 'Sign in to see your profile and the organisation you act for.',
    username: 'User',
    organization: 'Organisation',
    organizationKind: 'Kind of organisation',
    roles: 'Roles',
  },
};
