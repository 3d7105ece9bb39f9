import type { components } from '../../lib/api/schema';

export type SurveySynthesis = components['schemas']['SurveySynthesis'];
export type QuestionSynthesis = components['schemas']['QuestionSynthesis'];
export type OptionFigure = components['schemas']['OptionFigure'];
export type NumberStats = components['schemas']['NumberStats'];
export type MatrixRowFigure = components['schemas']['MatrixRowFigure'];
export type SynthesisContext = components['schemas']['SynthesisContext'];
export type SynthesisContextRow = components['schemas']['SynthesisContextRow'];
export type SynthesisCrosstab = components['schemas']['SynthesisCrosstab'];
export type CrosstabDimension = components['schemas']['CrosstabDimension'];
export type OrganizationKind = components['schemas']['OrganizationKind'];

/** The filters of the synthesis page, all optional; kept in the URL's query string. */
export type SynthesisFilters = {
  kind?: OrganizationKind;
  subdistrictId?: string;
  tableId?: string;
  policyAreaId?: string;
};

/** A choice shown in a filter's select. */
export type FilterOption = { id: string; label: string };
