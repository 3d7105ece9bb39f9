package it.zonale.synthesis;

import it.zonale.survey.MatrixRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The named SQL pieces of a cross-tabulation, which {@link SynthesisRepository#crossCounts(
 * SynthesisRepository.Filter, String, Category, Dimension)} puts together: what of an answer row is
 * its category (the rows of the cross-tab), and how a row gets its dimension (the columns). Every
 * value is bound as a parameter; the SQL text is made of constants and parameter names only.
 */
final class CrosstabSql {
  /** An organisation is at a table when it is a member of it; only the survey's plan's tables. */
  static final String TABLE_JOIN =
      "join table_memberships m on m.organization_id = r.organization_id"
          + " join thematic_tables t on t.id = m.table_id and t.plan_id = :plan";

  private CrosstabSql() {}

  /**
   * The category of an answer row {@code a}.
   *
   * @param columns one or two expressions over {@code a}, aliased c1 (and c2) in the query
   * @param key text key from {@code x.c1} (and {@code x.c2})
   * @param present condition over {@code a}: rows without a category do not count
   * @param severalPerResponse whether one response has several rows of the question (a matrix's
   *     rows), so that a column's total must count responses, not rows
   */
  record Category(List<String> columns, String key, String present, boolean severalPerResponse) {
    /** The option chosen (choice questions; a matrix's column when crossed by policy area). */
    static final Category OPTION =
        new Category(List.of("a.option_key"), "x.c1", "a.option_key is not null", false);

    /** The point given on a rating scale, as text without trailing zeros ("4", not "4.00"). */
    static final Category RATING_POINT =
        new Category(
            List.of("a.number_value"),
            "cast(trim_scale(x.c1) as text)",
            "a.number_value is not null",
            false);

    /** A matrix's row and column, keyed "row|column". */
    static final Category MATRIX_CELL =
        new Category(
            List.of("a.item_key", "a.option_key"),
            "x.c1 || '|' || x.c2",
            "a.option_key is not null",
            true);
  }

  /**
   * The dimension of an answer row.
   *
   * @param join joins that bring the dimension, over {@code a}, {@code r} and {@code o}
   * @param column expression giving the dimension value of a row
   * @param key text key from {@code x.d}
   * @param organization whether the dimension needs the organisation {@code o}
   * @param onePerResponse whether it is an attribute of the response (exactly one value per
   *     organisation), so that cells are counts of rows rather than count(distinct)
   * @param params the values bound to the parameters the join and column name
   */
  record Dimension(
      String join,
      String column,
      String key,
      boolean organization,
      boolean onePerResponse,
      Map<String, Object> params) {

    /** The sub-ambito the organisation answered for; "" when it gave none. */
    static final Dimension SUBDISTRICT =
        new Dimension(
            "", "r.subdistrict_id", "coalesce(cast(x.d as text), '')", false, true, Map.of());

    static final Dimension KIND =
        new Dimension("", "o.kind", "cast(x.d as text)", true, true, Map.of());

    /** The plan's tables the organisation sits at: several per organisation, or none. */
    static Dimension tableOf(UUID planId) {
      return new Dimension(
          TABLE_JOIN, "m.table_id", "cast(x.d as text)", false, false, Map.of("plan", planId));
    }

    /** The policy area of each matrix row that has one (rows without one do not count). */
    static Dimension policyAreaOfRows(List<MatrixRow> rows) {
      Map<String, Object> params = new LinkedHashMap<>();
      StringBuilder values = new StringBuilder();
      int i = 0;
      for (MatrixRow r : rows) {
        if (r.policyAreaId() == null) {
          continue;
        }
        values.append(i == 0 ? "" : ", ").append("(cast(:i").append(i).append(" as text),");
        values.append(" cast(:a").append(i).append(" as text))");
        params.put("i" + i, r.key());
        params.put("a" + i, r.policyAreaId().toString());
        i++;
      }
      return new Dimension(
          "join (values " + values + ") as d(item_key, dim) on d.item_key = a.item_key",
          "d.dim",
          "cast(x.d as text)",
          false,
          false,
          params);
    }

    /** The one policy area of the question: a single column. */
    static Dimension policyAreaOfQuestion(UUID policyAreaId) {
      return new Dimension(
          "",
          "cast(:area as text)",
          "cast(x.d as text)",
          false,
          false,
          Map.of("area", policyAreaId.toString()));
    }
  }

  /** The two pieces as the repository's queries take them. */
  static SynthesisRepository.CrossSpec spec(Category category, Dimension dimension) {
    return new SynthesisRepository.CrossSpec(
        category.columns(),
        category.key(),
        category.present(),
        dimension.join(),
        dimension.column(),
        dimension.key(),
        dimension.organization());
  }
}
