package it.zonale.approval;

import it.zonale.shared.web.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The session of the Assemblea dei Sindaci to record: every comune of the ambito exactly once. */
@Schema(name = "ApprovalCreate")
public record ApprovalCreate(
    @NotNull @PastOrPresent @PlausibleDate LocalDate assemblyDate,
    @NotBlank @Size(max = 200) String deliberation,
    @Min(1)
        @Max(100000)
        @Schema(format = "int32", description = "The plan document version voted; null: latest.")
        Integer documentVersion,
    @Size(max = 4000) String notes,
    @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid ApprovalVoteCast> votes) {}
