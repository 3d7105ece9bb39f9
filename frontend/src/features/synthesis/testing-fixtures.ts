import type { QuestionSynthesis, SurveySynthesis, SynthesisCrosstab } from './types';

/** A public synthesis of 20 organisations, as the API returns it (tests only). */
export const choiceQuestion: QuestionSynthesis = {
  key: 'services',
  type: 'MULTIPLE_CHOICE',
  title: 'Servizi offerti',
  sectionTitle: 'Profilo',
  respondents: 20,
  respondentsSuppressed: false,
  options: [
    { key: 'x', label: 'Trasporto', count: 20, share: 1, suppressed: false },
    { key: 'y', label: 'Sportello', suppressed: true },
    { key: 'z', label: 'Mensa', suppressed: true },
  ],
  rows: [],
};

export const matrixQuestion: QuestionSynthesis = {
  key: 'needs',
  type: 'MATRIX',
  title: 'Livello di bisogno',
  sectionTitle: 'Bisogni',
  respondents: 20,
  respondentsSuppressed: false,
  options: [],
  rows: [
    {
      key: 'r1',
      label: 'Domiciliarità',
      respondents: 20,
      respondentsSuppressed: false,
      options: [
        { key: 'low', label: 'Basso', value: 1, count: 4, share: 0.2, suppressed: false },
        { key: 'mid', label: 'Medio', value: 2, count: 8, share: 0.4, suppressed: false },
        { key: 'high', label: 'Alto', value: 3, count: 8, share: 0.4, suppressed: false },
      ],
      stats: { n: 20, mean: 2.2, median: 2, min: 1, max: 3, suppressed: false },
    },
    {
      key: 'r2',
      label: 'Casa',
      respondentsSuppressed: true,
      options: [
        { key: 'low', label: 'Basso', value: 1, suppressed: true },
        { key: 'mid', label: 'Medio', value: 2, suppressed: true },
        { key: 'high', label: 'Alto', value: 3, suppressed: true },
      ],
      stats: { suppressed: true },
    },
  ],
};

export const numberQuestion: QuestionSynthesis = {
  key: 'volunteers',
  type: 'NUMBER',
  title: 'Quanti volontari?',
  sectionTitle: 'Profilo',
  unit: 'persone',
  respondents: 20,
  respondentsSuppressed: false,
  options: [],
  stats: { n: 20, mean: 105, median: 105, min: 10, max: 200, suppressed: false },
  rows: [],
};

export const dateQuestion: QuestionSynthesis = {
  key: 'founded',
  type: 'DATE',
  title: 'Quando è stata fondata l’organizzazione?',
  sectionTitle: 'Profilo',
  respondents: 12,
  respondentsSuppressed: false,
  options: [],
  rows: [],
  dates: { n: 12, earliest: '1990-03-15', latest: '2021-10-04', suppressed: false },
};

export const synthesis: SurveySynthesis = {
  surveyId: 's1',
  planId: 'p1',
  title: 'Rilevazione dei bisogni 2030',
  fullView: false,
  minimumCellSize: 3,
  filters: {},
  respondents: 20,
  respondentsSuppressed: false,
  questions: [numberQuestion, choiceQuestion, matrixQuestion],
  context: {
    subdistricts: [
      {
        subdistrictId: 'sd1',
        name: 'Casalasco',
        population: 38000,
        municipalities: 18,
        smallMunicipalities: 15,
        smallMunicipalitiesPopulation: 20000,
        smallMunicipalitiesShare: 0.526,
        respondents: 10,
        respondentsSuppressed: false,
      },
    ],
    total: {
      name: 'Oglio Po',
      population: 38000,
      municipalities: 18,
      smallMunicipalities: 15,
      smallMunicipalitiesPopulation: 20000,
      smallMunicipalitiesShare: 0.526,
      respondents: 20,
      respondentsSuppressed: false,
    },
    source: 'Fonte: ISTAT via Comuni-ITA, elaborazione Zonale; dati non ufficiali.',
    unavailable: [{ key: 'AGEING', label: 'Indice di vecchiaia e quota di over 65' }],
  },
  source: 'Fonte: rilevazione dei bisogni.',
};

export const crosstab: SynthesisCrosstab = {
  surveyId: 's1',
  question: 'services',
  questionTitle: 'Servizi offerti',
  by: 'SUBDISTRICT',
  fullView: false,
  columns: [
    { key: 'sd1', label: 'Casalasco', suppressed: true },
    { key: 'sd2', label: 'Viadanese', suppressed: true },
  ],
  rows: [
    {
      key: 'x',
      label: 'Trasporto',
      cells: [
        { count: 10, suppressed: false },
        { count: 10, suppressed: false },
      ],
      total: 20,
      totalSuppressed: false,
    },
    { key: 'y', label: 'Sportello', cells: [{ suppressed: true }, { suppressed: true }], totalSuppressed: true },
  ],
  total: 20,
  totalSuppressed: false,
  source: 'Fonte: rilevazione dei bisogni.',
};
