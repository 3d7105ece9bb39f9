import type { Messages } from './it';

/** English text of the minutes feature (`minutes.…` keys); Italian domain terms stay visible. */
export const en: Messages = {
  view: {
    title: 'Minutes',
    approved: 'Minutes approved on {{date}}.',
  },
  editor: {
    title: 'Minutes of the incontro',
    body: 'Text of the minutes',
    hint: 'Who attended, what was discussed, what was decided. Separate paragraphs with an empty line.',
    save: 'Save the draft',
    saved: 'Draft minutes saved.',
    approve: 'Approve the minutes',
    approveTitle: 'Approve the minutes?',
    approveBody: 'The saved minutes become public and can no longer change. Save your last edits first.',
    approveConfirm: 'Yes, approve',
    frozen: 'Minutes approved: public and no longer editable.',
  },
  errata: {
    title: 'Corrections',
    heading: 'Correction no. {{number}}',
    approved: 'approved on {{date}}.',
    draft: 'draft, not public yet.',
    write: 'Write correction no. {{number}}',
    body: 'Text of correction no. {{number}}',
    hint: 'Approved minutes never change: write what you correct and how. Once approved, the correction is public beside the minutes.',
    save: 'Save the draft',
    saved: 'Draft of correction no. {{number}} saved.',
    approve: 'Approve the correction',
    approveTitle: 'Approve correction no. {{number}}?',
    approveBody: 'The saved text becomes public beside the minutes and can no longer change. Save your last edits first.',
    published: 'Correction no. {{number}} approved and published.',
  },
};
