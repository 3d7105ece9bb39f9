import type { components } from '../../lib/api/schema';

export type Survey = components['schemas']['Survey'];
export type SurveyCreate = components['schemas']['SurveyCreate'];
export type SurveyUpdate = components['schemas']['SurveyUpdate'];
export type SurveyDefinition = components['schemas']['SurveyDefinition'];
export type SurveySection = components['schemas']['SurveySection'];
export type SurveyQuestion = components['schemas']['SurveyQuestion'];
export type QuestionType = components['schemas']['QuestionType'];
export type SurveyStatus = components['schemas']['SurveyStatus'];
