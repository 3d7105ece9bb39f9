import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { SurveyStatusBadge, surveyExpired } from './survey-status-badge';

describe('SurveyStatusBadge', () => {
  it('says "Scaduto" for a published survey whose deadline has passed', () => {
    renderWithProviders(<SurveyStatusBadge status="PUBLISHED" deadline="2021-11-30T23:00:00Z" />);
    expect(screen.getByText('Scaduto')).toBeInTheDocument();
  });

  it('keeps "Pubblicato" while the deadline is ahead, and expires only published surveys', () => {
    expect(surveyExpired({ status: 'PUBLISHED', deadline: '2021-11-30T23:00:00Z' }, Date.parse('2021-11-01T00:00:00Z'))).toBe(false);
    expect(surveyExpired({ status: 'DRAFT', deadline: '2021-11-30T23:00:00Z' })).toBe(false);
    renderWithProviders(<SurveyStatusBadge status="PUBLISHED" deadline="2999-01-01T00:00:00Z" />);
    expect(screen.getByText('Pubblicato')).toBeInTheDocument();
  });
});
