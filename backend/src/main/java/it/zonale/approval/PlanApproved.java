package it.zonale.approval;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired, inside the approval's transaction, when the Assemblea dei Sindaci approves a plan. The
 * plan document observes it to freeze the approved version; an observer that throws (e.g. no
 * document to freeze) undoes the approval.
 *
 * @param documentVersion the plan document version the assembly voted on, or null for the latest
 */
public record PlanApproved(
    UUID planId,
    UUID approvalId,
    LocalDate assemblyDate,
    String deliberation,
    Integer documentVersion) {}
