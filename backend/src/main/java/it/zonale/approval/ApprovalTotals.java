package it.zonale.approval;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The totals of the vote, by number of comuni and weighted by population, and the outcome under the
 * carrying rule: the comuni present (not ABSENT) hold more than half of the ambito's population
 * (quorum), and those IN_FAVOUR more than half of the population of the comuni voting (IN_FAVOUR or
 * AGAINST; abstentions count for the quorum only).
 */
@Schema(name = "ApprovalTotals")
public record ApprovalTotals(
    @Schema(required = true, format = "int32", minimum = "0", maximum = "10000") int inFavour,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "10000") int against,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "10000") int abstained,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "10000") int absent,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000")
        long inFavourPopulation,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000")
        long againstPopulation,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000")
        long abstainedPopulation,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000")
        long absentPopulation,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000")
        long totalPopulation,
    @Schema(
            required = true,
            format = "double",
            minimum = "0",
            maximum = "1",
            description = "Population of the comuni present over the ambito's.")
        double presentShare,
    @Schema(
            required = true,
            format = "double",
            minimum = "0",
            maximum = "1",
            description = "Population IN_FAVOUR over that of the comuni voting; 0 if none voted.")
        double inFavourShare,
    @Schema(required = true) boolean quorumReached,
    @Schema(required = true) boolean carried) {

  /** Applies the carrying rule to the votes. */
  static ApprovalTotals of(java.util.List<ApprovalVote> votes) {
    int[] count = new int[VoteChoice.values().length];
    long[] population = new long[VoteChoice.values().length];
    for (ApprovalVote v : votes) {
      count[v.vote().ordinal()]++;
      population[v.vote().ordinal()] += v.population();
    }
    long total = 0;
    for (long p : population) {
      total += p;
    }
    long present = total - population[VoteChoice.ABSENT.ordinal()];
    long voting =
        population[VoteChoice.IN_FAVOUR.ordinal()] + population[VoteChoice.AGAINST.ordinal()];
    long favour = population[VoteChoice.IN_FAVOUR.ordinal()];
    boolean quorum = present * 2 > total;
    boolean carried = quorum && favour * 2 > voting;
    return new ApprovalTotals(
        count[VoteChoice.IN_FAVOUR.ordinal()],
        count[VoteChoice.AGAINST.ordinal()],
        count[VoteChoice.ABSTAINED.ordinal()],
        count[VoteChoice.ABSENT.ordinal()],
        favour,
        population[VoteChoice.AGAINST.ordinal()],
        population[VoteChoice.ABSTAINED.ordinal()],
        population[VoteChoice.ABSENT.ordinal()],
        total,
        total == 0 ? 0 : (double) present / total,
        voting == 0 ? 0 : (double) favour / voting,
        quorum,
        carried);
  }
}
