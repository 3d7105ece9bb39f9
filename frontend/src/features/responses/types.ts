import type { components } from '../../lib/api/schema';

export type SurveyForm = components['schemas']['SurveyForm'];
export type SurveyResponse = components['schemas']['SurveyResponse'];
export type SurveyResponseSave = components['schemas']['SurveyResponseSave'];
export type SurveyResponseStatus = components['schemas']['SurveyResponseStatus'];
export type SurveyCompletion = components['schemas']['SurveyCompletion'];
export type CompletionCounts = components['schemas']['CompletionCounts'];
export type SurveyReminderResult = components['schemas']['SurveyReminderResult'];
export type SurveyDefinition = components['schemas']['SurveyDefinition'];
export type SurveySection = components['schemas']['SurveySection'];
export type SurveyQuestion = components['schemas']['SurveyQuestion'];

/** Answers keyed by question key, as the API takes them (see SurveyResponse.answers). */
export type Answers = Record<string, unknown>;
