import type { Messages } from './it';

/** English text of the calendar feature (`calendar.…` keys); Italian domain terms stay visible. */
export const en: Messages = {
  link: {
    plan: 'Add the incontri to your calendar (iCal)',
    table: 'Add the table’s incontri to your calendar (iCal)',
    session: 'Add to calendar (iCal)',
  },
  private: {
    title: 'My organisation’s calendar',
    intro:
      'A secret address to paste into your calendar (Google, Outlook, Apple, Thunderbird): it shows the incontri your organisation registered people to, and updates itself.',
    create: 'Create the calendar address',
    address: 'Your calendar address',
    once: 'Copy it now: for safety it will not be shown again. Whoever knows it sees your incontri.',
    copy: 'Copy the address',
    copied: 'Address copied.',
    active: 'You have an active calendar address.',
    rotate: 'Create a new address (the old one stops working)',
    revoke: 'Turn the address off',
    revokeTitle: 'Turn the calendar address off?',
    revokeBody: 'Calendars using it will stop receiving the incontri. You can create a new one.',
  },
};
