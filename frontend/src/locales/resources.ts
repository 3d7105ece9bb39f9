// The one place where the messages are assembled: the app-level ones of this folder and each feature's own
// (features/<f>/locales/{it,en}.ts), under the key its t('…') calls start with, the folder's name in camelCase.
// Only this file may import from features, and only their locales folders (docs/conventions.md rule 45).
import { en as accountEn } from '../features/account/locales/en';
import { it as accountIt } from '../features/account/locales/it';
import { en as agreementEn } from '../features/agreement/locales/en';
import { it as agreementIt } from '../features/agreement/locales/it';
import { en as approvalEn } from '../features/approval/locales/en';
import { it as approvalIt } from '../features/approval/locales/it';
import { en as calendarEn } from '../features/calendar/locales/en';
import { it as calendarIt } from '../features/calendar/locales/it';
import { en as callsEn } from '../features/calls/locales/en';
import { it as callsIt } from '../features/calls/locales/it';
import { en as contributionsEn } from '../features/contributions/locales/en';
import { it as contributionsIt } from '../features/contributions/locales/it';
import { en as districtsEn } from '../features/districts/locales/en';
import { it as districtsIt } from '../features/districts/locales/it';
import { en as interestEn } from '../features/interest/locales/en';
import { it as interestIt } from '../features/interest/locales/it';
import { en as minutesEn } from '../features/minutes/locales/en';
import { it as minutesIt } from '../features/minutes/locales/it';
import { en as objectivesEn } from '../features/objectives/locales/en';
import { it as objectivesIt } from '../features/objectives/locales/it';
import { en as opendataEn } from '../features/opendata/locales/en';
import { it as opendataIt } from '../features/opendata/locales/it';
import { en as organizationsEn } from '../features/organizations/locales/en';
import { it as organizationsIt } from '../features/organizations/locales/it';
import { en as participantsEn } from '../features/participants/locales/en';
import { it as participantsIt } from '../features/participants/locales/it';
import { en as planDocumentEn } from '../features/plan-document/locales/en';
import { it as planDocumentIt } from '../features/plan-document/locales/it';
import { en as plansEn } from '../features/plans/locales/en';
import { it as plansIt } from '../features/plans/locales/it';
import { en as privacyEn } from '../features/privacy/locales/en';
import { it as privacyIt } from '../features/privacy/locales/it';
import { en as responsesEn } from '../features/responses/locales/en';
import { it as responsesIt } from '../features/responses/locales/it';
import { en as sessionsEn } from '../features/sessions/locales/en';
import { it as sessionsIt } from '../features/sessions/locales/it';
import { en as surveysEn } from '../features/surveys/locales/en';
import { it as surveysIt } from '../features/surveys/locales/it';
import { en as synthesisEn } from '../features/synthesis/locales/en';
import { it as synthesisIt } from '../features/synthesis/locales/it';
import { en as tablesEn } from '../features/tables/locales/en';
import { it as tablesIt } from '../features/tables/locales/it';
import { en } from './en';
import { it } from './it';

/** Each feature's messages by the top-level key they sit under. */
export const featureMessages = {
  account: { it: accountIt, en: accountEn },
  agreement: { it: agreementIt, en: agreementEn },
  approval: { it: approvalIt, en: approvalEn },
  calendar: { it: calendarIt, en: calendarEn },
  calls: { it: callsIt, en: callsEn },
  contributions: { it: contributionsIt, en: contributionsEn },
  districts: { it: districtsIt, en: districtsEn },
  interest: { it: interestIt, en: interestEn },
  minutes: { it: minutesIt, en: minutesEn },
  objectives: { it: objectivesIt, en: objectivesEn },
  opendata: { it: opendataIt, en: opendataEn },
  organizations: { it: organizationsIt, en: organizationsEn },
  participants: { it: participantsIt, en: participantsEn },
  planDocument: { it: planDocumentIt, en: planDocumentEn },
  plans: { it: plansIt, en: plansEn },
  privacy: { it: privacyIt, en: privacyEn },
  responses: { it: responsesIt, en: responsesEn },
  sessions: { it: sessionsIt, en: sessionsEn },
  surveys: { it: surveysIt, en: surveysEn },
  synthesis: { it: synthesisIt, en: synthesisEn },
  tables: { it: tablesIt, en: tablesEn },
};

/** The app-level messages (layout, sign-in, language, forms, errors). */
export const sharedMessages = { it, en };

function translation(lng: keyof typeof sharedMessages) {
  const features = Object.fromEntries(Object.entries(featureMessages).map(([key, messages]) => [key, messages[lng]]));
  return { ...sharedMessages[lng], ...features };
}

/** The i18next resources: one `translation` namespace per language. */
export const resources = {
  it: { translation: translation('it') },
  en: { translation: translation('en') },
};
