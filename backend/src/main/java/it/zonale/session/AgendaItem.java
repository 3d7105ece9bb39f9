package it.zonale.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One point of a session's agenda (ordine del giorno). */
@Schema(name = "AgendaItem")
public record AgendaItem(
    @NotBlank @Size(max = 300) @Schema(required = true, maxLength = 300) String title,
    @Size(max = 2000) @Schema(maxLength = 2000) String notes) {}
