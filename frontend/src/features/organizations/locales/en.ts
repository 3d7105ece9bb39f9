import type { Messages } from './it';

/** English text of the organizations feature (`organizations.…` keys); Italian domain terms stay visible. */
export const en: Messages = {
  page: {
    kicker: 'My organisation',
    profile: 'Profile',
    taxCode: 'Tax code',
    kind: 'Kind',
    districts: 'Ambiti it works in',
    districtsHint:
      'Each ambito’s plan office keeps its ambito, since it makes up that ambito’s register: to work in another ambito, or to leave one, ask its plan office.',
  },
  proposal: {
    title: 'Proposal waiting for confirmation',
    body: 'The kind “{{kind}}”{{section}} was proposed. Until the plan office confirms it, the organisation stays registered as “{{current}}”.',
    section: ', RUNTS section “{{section}}”',
  },
  form: {
    name: 'Name',
    runtsNumber: 'RUNTS registration number',
    runtsNumberHint: 'For Third Sector bodies in the national single register.',
    runtsSection: 'RUNTS section',
    runtsSectionConfirmedHint: 'Kind and section are confirmed by the plan office: a different section stays a proposal until the office confirms it.',
    noSection: 'None',
    email: 'E-mail',
    pec: 'PEC (certified e-mail)',
    save: 'Save the profile',
    saved: 'Profile saved.',
  },
  kind: {
    ODV: 'Volunteer organisation (ODV)',
    APS: 'Social promotion association (APS)',
    SOCIAL_ENTERPRISE: 'Social enterprise',
    SOCIAL_COOPERATIVE: 'Social cooperative',
    PHILANTHROPIC_ENTITY: 'Philanthropic body',
    ASSOCIATIVE_NETWORK: 'Associative network',
    MUTUAL_AID_SOCIETY: 'Mutual aid society',
    OTHER_ETS: 'Other Third Sector body',
    FOUNDATION: 'Foundation',
    RELIGIOUS_BODY: 'Religious body',
    MUNICIPALITY: 'Municipality (comune)',
    ASST: 'ASST',
    ATS: 'ATS',
    CONSORTIUM: 'Lead body / plan office',
  },
  runtsSection: {
    ODV: 'a) Volunteer organisations',
    APS: 'b) Social promotion associations',
    PHILANTHROPIC_ENTITY: 'c) Philanthropic bodies',
    SOCIAL_ENTERPRISE: 'd) Social enterprises',
    ASSOCIATIVE_NETWORK: 'e) Associative networks',
    MUTUAL_AID_SOCIETY: 'f) Mutual aid societies',
    OTHER_ETS: 'g) Other Third Sector bodies',
  },
};
