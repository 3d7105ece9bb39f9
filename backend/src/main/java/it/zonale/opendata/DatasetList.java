package it.zonale.opendata;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The open datasets of an ambito or a plan (a bounded list: at most one per dataset). */
@Schema(name = "DatasetList")
public record DatasetList(
    @Schema(required = true, maxItems = 40) List<DatasetInfo> items,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "40") int total) {}
