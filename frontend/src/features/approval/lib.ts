import type { VoteChoice } from './types';

export const VOTES: VoteChoice[] = ['IN_FAVOUR', 'AGAINST', 'ABSTAINED', 'ABSENT'];

type Voter = { population: number; vote: VoteChoice | '' };

/**
 * The preview of the outcome the server will compute (ApprovalTotals): quorum when the comuni present hold more than
 * half of the population, carried when those in favour hold more than half of the population voting for or against.
 */
export function tally(voters: Voter[]) {
  const population = { IN_FAVOUR: 0, AGAINST: 0, ABSTAINED: 0, ABSENT: 0 } as Record<VoteChoice, number>;
  const count = { IN_FAVOUR: 0, AGAINST: 0, ABSTAINED: 0, ABSENT: 0 } as Record<VoteChoice, number>;
  let missing = 0;
  let total = 0;
  for (const v of voters) {
    total += v.population;
    if (!v.vote) {
      missing++;
      continue;
    }
    population[v.vote] += v.population;
    count[v.vote]++;
  }
  const present = total - population.ABSENT - voters.filter((v) => !v.vote).reduce((s, v) => s + v.population, 0);
  const voting = population.IN_FAVOUR + population.AGAINST;
  const quorum = present * 2 > total;
  const carried = missing === 0 && quorum && population.IN_FAVOUR * 2 > voting;
  return { population, count, total, missing, quorum, carried, inFavourShare: voting ? population.IN_FAVOUR / voting : 0 };
}
