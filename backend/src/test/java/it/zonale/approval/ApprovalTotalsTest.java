package it.zonale.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalTotalsTest {
  static ApprovalVote v(int population, VoteChoice vote) {
    return new ApprovalVote("0190" + population % 100, "Comune", population, vote);
  }

  @Test
  void aPopulousComuneOutweighsManySmallOnes() {
    ApprovalTotals t =
        ApprovalTotals.of(
            List.of(
                v(30000, VoteChoice.AGAINST),
                v(5000, VoteChoice.IN_FAVOUR),
                v(5000, VoteChoice.IN_FAVOUR),
                v(5000, VoteChoice.IN_FAVOUR)));
    assertThat(t.inFavour()).isEqualTo(3);
    assertThat(t.against()).isEqualTo(1);
    assertThat(t.inFavourPopulation()).isEqualTo(15000);
    assertThat(t.quorumReached()).isTrue();
    assertThat(t.carried()).isFalse();
  }

  @Test
  void abstentionsCountForTheQuorumButNotForTheMajority() {
    ApprovalTotals t =
        ApprovalTotals.of(
            List.of(
                v(10000, VoteChoice.ABSTAINED),
                v(3000, VoteChoice.IN_FAVOUR),
                v(2000, VoteChoice.AGAINST),
                v(9000, VoteChoice.ABSENT)));
    assertThat(t.presentShare()).isEqualTo(15000.0 / 24000);
    assertThat(t.inFavourShare()).isEqualTo(0.6);
    assertThat(t.carried()).isTrue();
  }

  @Test
  void withoutQuorumNothingCarries() {
    ApprovalTotals t =
        ApprovalTotals.of(List.of(v(1000, VoteChoice.IN_FAVOUR), v(1000, VoteChoice.ABSENT)));
    assertThat(t.quorumReached()).isFalse();
    assertThat(t.carried()).isFalse();
  }

  @Test
  void aTieDoesNotCarry() {
    ApprovalTotals t =
        ApprovalTotals.of(List.of(v(1000, VoteChoice.IN_FAVOUR), v(1000, VoteChoice.AGAINST)));
    assertThat(t.carried()).isFalse();
  }
}
