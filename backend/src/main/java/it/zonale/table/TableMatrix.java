package it.zonale.table;

import it.zonale.policyarea.PolicyArea;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The table x policy-area matrix of a plan: one row per table, one column per policy area of the
 * plan.
 */
@Schema(name = "TableMatrix")
public record TableMatrix(
    @Schema(required = true) UUID planId,
    @Schema(required = true, maxItems = 50, description = "The columns, in catalogue order.")
        List<PolicyArea> policyAreas,
    @Schema(required = true, maxItems = 500) List<Row> rows) {

  /** One table and, per column, whether it works on that area. */
  @Schema(name = "TableMatrixRow")
  public record Row(
      @Schema(required = true) UUID tableId,
      @Schema(required = true, maxLength = 200) String tableName,
      @Schema(required = true) TargetGroup targetGroup,
      @Schema(required = true) TableLevel level,
      UUID subdistrictId,
      @Schema(
              required = true,
              maxItems = 50,
              description = "Aligned with policyAreas: true where the table works on it.")
          List<Boolean> cells) {}
}
