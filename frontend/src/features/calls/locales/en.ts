import type { Messages } from './it';

/** English text of the calls feature (`calls.…` keys); Italian domain terms stay visible. */
export const en: Messages = {
  delete: {
    title: 'Delete the call?',
    hint: 'A call can be deleted, with its documents, only while no organisation has expressed interest.',
    button: 'Delete the call',
    body: '“{{title}}” and its documents will be deleted.',
    confirm: 'Yes, delete',
    done: 'Call “{{title}}” deleted.',
  },
  status: {
    OPEN: 'Open',
    CLOSED: 'Closed',
  },
  list: {
    title: 'Calls to the Third Sector',
    empty: 'No call for expressions of interest (manifestazione d’interesse).',
  },
  deadline: {
    label: 'Deadline',
    at: '{{date}}, {{time}}',
    passed: 'closed',
    in: {
      days_one: 'closes in {{count}} day',
      days_other: 'closes in {{count}} days',
      hours_one: 'closes in {{count}} hour',
      hours_other: 'closes in {{count}} hours',
      minutes_one: 'closes in {{count}} minute',
      minutes_other: 'closes in {{count}} minutes',
    },
  },
  page: {
    kicker: 'Call for expressions of interest',
    status: 'Status',
    express: 'Express interest',
    lateNote: 'The deadline has passed: an expression of interest sent now is kept but flagged late, and can be admitted only as consultative.',
    text: 'Text of the call',
    tables: 'Tavoli open to membership',
    unknownTable: 'Tavolo of the plan',
  },
  manage: {
    open: 'Manage the call',
    publicPage: 'Public page of the call',
    data: 'Call details',
  },
  form: {
    newTitle: 'New call for expressions of interest',
    newIntro: 'The call is public as soon as you open it; right after, you can attach its documents (e.g. the PDF of the notice).',
    title: 'Title',
    text: 'Text of the call',
    textHint: 'Who may join, how, and with which commitments.',
    deadlineDate: 'Deadline day',
    deadlineTime: 'Deadline time',
    deadlineNote: 'Day and time in Italian time (Europe/Rome).',
    tables: 'Tavoli open to membership',
    tablesHint: 'Organisations will be able to ask to join these tavoli.',
    noTables: 'The plan has no tavoli yet: create them first.',
    open: 'Open the call',
    openTitle: 'Open the call?',
    openBody: 'The call will be public at once and organisations can express interest until the deadline.',
    openConfirm: 'Yes, open the call',
    opened: 'Call “{{title}}” opened. You can now attach its documents.',
    saved: 'Call “{{title}}” saved.',
  },
  attachments: {
    title: 'Documents',
    hint: 'PDF, ODT or DOCX, at most 10 MB.',
  },
};
