package it.zonale.interest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** One row of expression_of_interest_tables: a chosen table and its delegates. */
@Embeddable
class TableChoiceEmbeddable {
  @Column(name = "table_id", nullable = false)
  public UUID tableId;

  @Column(name = "titular_participant_id", nullable = false)
  public UUID titularParticipantId;

  @Column(name = "substitute_participant_id")
  public UUID substituteParticipantId;

  public TableChoiceEmbeddable() {}

  TableChoiceEmbeddable(TableChoice choice) {
    this.tableId = choice.tableId();
    this.titularParticipantId = choice.titularParticipantId();
    this.substituteParticipantId = choice.substituteParticipantId();
  }

  TableChoice toDto() {
    return new TableChoice(tableId, titularParticipantId, substituteParticipantId);
  }
}
