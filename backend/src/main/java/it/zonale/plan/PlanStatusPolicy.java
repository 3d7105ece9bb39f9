package it.zonale.plan;

import it.zonale.shared.error.DomainException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of what may change in each plan status: for every {@link PlanWrite} and every
 * {@link PlanStatus}, allowed or refused with a stable problem type, and why. Every feature asks it
 * through {@link PlanService#manageablePlan(java.util.UUID, PlanWrite)} or {@link #require}, so the
 * rule lives here and nowhere else; docs/plan-lifecycle.md prints the same table.
 */
final class PlanStatusPolicy {
  /** One cell: allowed, or refused with this problem type; {@code reason} says why either way. */
  public record Cell(boolean allowed, String problemType, String reason) {}

  private static final String APPROVED = "plan-approved";
  private static final String CLOSED = "plan-closed";
  private static final String NOT_CONSULTATION = "plan-not-in-consultation";
  private static final String NOT_DRAFT = "plan-not-draft";
  private static final String CLOSED_REASON = "a closed plan is history: nothing in it changes";

  private static final Map<PlanWrite, Map<PlanStatus, Cell>> TABLE = new EnumMap<>(PlanWrite.class);

  static {
    frozenOnApproval(
        PlanWrite.PLAN_DATA,
        "title, period and policy areas are being written",
        "the Assemblea dei Sindaci approved this title, period and policy areas");
    row(
        PlanWrite.PLAN_DELETE,
        allow("a draft was never public: the office may drop it"),
        refuse(NOT_DRAFT, "a published plan is on the public record"),
        refuse(NOT_DRAFT, "an approved plan is a legal act"),
        refuse(NOT_DRAFT, "an approved plan is a legal act"),
        refuse(NOT_DRAFT, "a closed plan is history"));
    row(
        PlanWrite.APPROVAL,
        refuse(NOT_CONSULTATION, "the partners have not yet seen the draft"),
        allow("the Assemblea votes the plan put to consultation"),
        refuse(NOT_CONSULTATION, "the plan is already approved"),
        refuse(NOT_CONSULTATION, "the plan is already approved"),
        refuse(NOT_CONSULTATION, "the plan is already approved"));
    openUntilClosed(
        PlanWrite.TIMELINE,
        "the timeline also plans the co-design and monitoring years; the approved document keeps"
            + " its own frozen copy");
    frozenOnApproval(
        PlanWrite.TABLE_DEFINITION,
        "tables are being formed",
        "the approved plan names its tables and their policy areas; their incontri go on");
    openUntilClosed(
        PlanWrite.TABLE_MEMBERSHIP, "co-design calls admit new members after the approval");
    openUntilClosed(
        PlanWrite.SESSION, "tables keep meeting during co-design and monitoring (art. 55 CTS)");
    openUntilClosed(PlanWrite.CALL, "co-design calls (co-progettazione) follow the approval");
    openUntilClosed(
        PlanWrite.SURVEY,
        "monitoring surveys follow the approval; the approved document froze its synthesis");
    frozenOnApproval(
        PlanWrite.OBJECTIVE_DEFINITION,
        "objectives and indicators are being written",
        "the approved plan promised these objectives, baselines and targets");
    openUntilClosed(PlanWrite.OBJECTIVE_STATUS, "following an objective is the monitoring itself");
    openUntilClosed(
        PlanWrite.MEASUREMENT,
        "baselines may be measured early; measurements over the three years are the monitoring");
    frozenOnApproval(
        PlanWrite.AGREEMENT_TEXT,
        "the accordo's text is drafted with the plan",
        "the accordo is signed on the text approved with the plan");
    openUntilClosed(
        PlanWrite.AGREEMENT_SIGNATURE,
        "signatories sign and ETS adhere on request, also after the approval");
    frozenOnApproval(
        PlanWrite.DOCUMENT,
        "the document is being assembled",
        "the approved document is frozen in its approved version");
    consultationOnly(
        PlanWrite.DOCUMENT_COMMENT,
        "comments are the consultation on the draft",
        "the draft is not yet shared for comment");
    consultationOnly(
        PlanWrite.CONTRIBUTION,
        "istanze feed the drafting during the consultation",
        "the plan is not yet open to its partners");
    openUntilClosed(
        PlanWrite.CONTRIBUTION_ANSWER,
        "every istanza deserves an answer, also one that arrives as the plan is approved");
    for (PlanWrite w : PlanWrite.values()) {
      if (!TABLE.containsKey(w) || TABLE.get(w).size() != PlanStatus.values().length) {
        throw new IllegalStateException("PlanStatusPolicy has no complete row for " + w);
      }
    }
  }

  private PlanStatusPolicy() {}

  /** The cell of this write in this status. */
  public static Cell cell(PlanWrite write, PlanStatus status) {
    return TABLE.get(write).get(status);
  }

  public static boolean allows(PlanWrite write, PlanStatus status) {
    return cell(write, status).allowed();
  }

  /**
   * @throws DomainException.InvalidState the cell's problem type (plan-approved, plan-closed,
   *     plan-not-in-consultation, plan-not-draft) when the status refuses the write
   */
  public static void require(PlanWrite write, PlanStatus status) {
    Cell c = cell(write, status);
    if (!c.allowed()) {
      throw DomainException.InvalidState.of(
          c.problemType(),
          "A plan in status " + status + " refuses " + write + ": " + c.reason() + ".");
    }
  }

  /** The table as Markdown, one row per write, one column per status: docs/plan-lifecycle.md. */
  public static String markdown() {
    List<String> lines = new ArrayList<>();
    StringBuilder head = new StringBuilder("| Write |");
    StringBuilder rule = new StringBuilder("|---|");
    for (PlanStatus s : PlanStatus.values()) {
      head.append(' ').append(s).append(" |");
      rule.append("---|");
    }
    lines.add(head.toString());
    lines.add(rule.toString());
    for (PlanWrite w : PlanWrite.values()) {
      StringBuilder row = new StringBuilder("| `").append(w).append("` |");
      for (PlanStatus s : PlanStatus.values()) {
        Cell c = cell(w, s);
        row.append(' ')
            .append(c.allowed() ? "✓" : "✗ `" + c.problemType() + "`")
            .append(": ")
            .append(c.reason())
            .append(" |");
      }
      lines.add(row.toString());
    }
    return String.join("\n", lines) + "\n";
  }

  private static Cell allow(String reason) {
    return new Cell(true, null, reason);
  }

  private static Cell refuse(String type, String reason) {
    return new Cell(false, type, reason);
  }

  private static void row(PlanWrite w, Cell draft, Cell cons, Cell appr, Cell mon, Cell closed) {
    Map<PlanStatus, Cell> cells = new EnumMap<>(PlanStatus.class);
    cells.put(PlanStatus.DRAFT, draft);
    cells.put(PlanStatus.CONSULTATION, cons);
    cells.put(PlanStatus.APPROVED, appr);
    cells.put(PlanStatus.MONITORING, mon);
    cells.put(PlanStatus.CLOSED, closed);
    TABLE.put(w, Collections.unmodifiableMap(cells));
  }

  private static void frozenOnApproval(PlanWrite w, String open, String frozen) {
    row(
        w,
        allow(open),
        allow(open),
        refuse(APPROVED, frozen),
        refuse(APPROVED, frozen),
        refuse(CLOSED, CLOSED_REASON));
  }

  private static void openUntilClosed(PlanWrite w, String why) {
    row(w, allow(why), allow(why), allow(why), allow(why), refuse(CLOSED, CLOSED_REASON));
  }

  private static void consultationOnly(PlanWrite w, String open, String notYet) {
    row(
        w,
        refuse(NOT_CONSULTATION, notYet),
        allow(open),
        refuse(NOT_CONSULTATION, "the consultation ended with the approval"),
        refuse(NOT_CONSULTATION, "the consultation ended with the approval"),
        refuse(NOT_CONSULTATION, "the consultation ended with the approval"));
  }
}
