import { describe, expect, it } from 'vitest';
import { tally } from './lib';

describe('approval tally', () => {
  it('weighs votes by population', () => {
    const r = tally([
      { population: 30000, vote: 'AGAINST' },
      { population: 5000, vote: 'IN_FAVOUR' },
      { population: 5000, vote: 'IN_FAVOUR' },
    ]);
    expect(r.count.IN_FAVOUR).toBe(2);
    expect(r.population.IN_FAVOUR).toBe(10000);
    expect(r.carried).toBe(false);
  });

  it('counts abstentions for the quorum only', () => {
    const r = tally([
      { population: 10000, vote: 'ABSTAINED' },
      { population: 3000, vote: 'IN_FAVOUR' },
      { population: 2000, vote: 'AGAINST' },
      { population: 9000, vote: 'ABSENT' },
    ]);
    expect(r.quorum).toBe(true);
    expect(r.inFavourShare).toBeCloseTo(0.6);
    expect(r.carried).toBe(true);
  });

  it('does not carry while a comune has no vote', () => {
    const r = tally([
      { population: 1000, vote: 'IN_FAVOUR' },
      { population: 10, vote: '' },
    ]);
    expect(r.missing).toBe(1);
    expect(r.carried).toBe(false);
  });
});
