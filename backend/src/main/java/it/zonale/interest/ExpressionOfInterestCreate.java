package it.zonale.interest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new expression of interest of the caller's organisation, as a draft. */
@Schema(name = "ExpressionOfInterestCreate")
public record ExpressionOfInterestCreate(
    @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid TableChoice> tableChoices,
    @NotNull Boolean runtsRegistered,
    @Size(max = 40) @Schema(description = "Only with runtsRegistered true.") String runtsNumber,
    @Size(max = 4000) String note) {}
