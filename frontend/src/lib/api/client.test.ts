import { apiClient } from './client';
import { describe, expect, it, vi } from 'vitest';
import { plan, PLAN_ID } from '../../testing/fixtures';
import { stubApi } from '../../testing/fetch-stub';

const token = vi.hoisted(() => ({ value: null as string | null }));
vi.mock('../auth', () => ({ accessToken: () => token.value }));

describe('API client bearer middleware', () => {
  it('sends no Authorization header when signed out', async () => {
    token.value = null;
    const fetchStub = stubApi({ '/api/v1/plans/{planId}': plan });
    await getPlan();
    expect((fetchStub.mock.calls[0]![0] as Request).headers.get('Authorization')).toBeNull();
  });

  it('adds the access token when signed in', async () => {
    token.value = 'abc.def.ghi';
    const fetchStub = stubApi({ '/api/v1/plans/{planId}': plan });
    await getPlan();
    expect((fetchStub.mock.calls[0]![0] as Request).headers.get('Authorization')).toBe('Bearer abc.def.ghi');
  });
});

// why: shared code never imports a feature, so the test calls the client the way a feature's fetcher does
async function getPlan() {
  const { data } = await apiClient.GET('/api/v1/plans/{planId}', { params: { path: { planId: PLAN_ID } } });
  return data!;
}
