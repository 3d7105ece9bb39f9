import type { Messages } from './it';

/** English text of the tables feature (`tables.…` keys); Italian domain terms stay visible. */
export const en: Messages = {
  members: {
    title: 'Member organisations',
    empty: 'No organisation has joined the tavolo yet.',
    status: {
      FULL: 'Member',
      CONSULTATIVE: 'Consultative',
    },
    titular: 'Titular: {{name}}',
    substitute: 'Substitute: {{name}}',
  },
  form: {
    newTitle: 'New table',
    editTitle: 'Edit the table “{{name}}”',
    edit: 'Edit the table',
    create: 'Create the table',
    name: 'Table name',
    targetGroup: 'Target group',
    level: 'Level',
    subdistrict: 'Sub-ambito',
    description: 'Description',
    policyAreas: 'Policy areas it works on',
    noPlanPolicyAreas: 'The plan has no policy areas yet: choose them in the plan details.',
    created: 'Table “{{name}}” created.',
    saved: 'Table “{{name}}” saved.',
  },
  matrix: {
    title: 'Tavoli and policy areas',
    caption: 'Which policy areas each thematic table (tavolo) works on',
    table: 'Tavolo',
    yes: 'Yes',
    no: 'No',
    empty: 'No tavolo defined.',
    scrollHint: 'Scroll the table sideways to see every area.',
  },
  level: {
    DISTRICT: 'Ambito',
    SUBDISTRICT: 'Sub-ambito',
  },
  targetGroup: {
    ELDERLY_AND_DISABLED: 'Older people, people with disabilities and dependent people',
    CHILDREN_YOUTH_AND_FAMILIES: 'Children, young people and families',
    ADULTS_AND_VULNERABILITY: 'Adults, frailty and vulnerability',
    WHOLE_POPULATION: 'Whole population',
    OTHER: 'Other',
  },
  page: {
    kicker: 'Thematic table (tavolo)',
    targetGroup: 'Target group',
    level: 'Level',
    policyAreas: 'Policy areas',
    noPolicyAreas: 'No policy area.',
    sessions: 'Meetings (incontri) of the tavolo',
    plan: 'Piano di Zona',
  },
};
