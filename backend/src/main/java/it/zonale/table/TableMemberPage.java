package it.zonale.table;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a table's members, in order of admission. */
@Schema(name = "TableMemberPage")
public record TableMemberPage(
    @Schema(required = true, maxItems = 100) List<TableMember> items,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "100") int limit,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") int offset,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000") long total) {}
