package org.apache.jena.sparql.expr;

import java.util.regex.Pattern;

/**
 * Test-only bridge for TopBraid SHACL 1.4.4 (CatalogDemoTest's second SHACL engine): it was built
 * on Jena 5.2, whose RegexJava.makeMask Jena 5.6 no longer has, and calls it for every sh:pattern.
 * This gives the same answer: the java.util.regex flags of the SPARQL/XPath regex flags.
 */
public final class RegexJava {
  private RegexJava() {}

  /** The Pattern flags of XPath regex flags (i, m, s, x, q); an unknown flag is an error. */
  public static int makeMask(String flags) {
    int mask = 0;
    if (flags == null) {
      return mask;
    }
    for (char c : flags.toCharArray()) {
      mask |=
          switch (c) {
            case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            case 'm' -> Pattern.MULTILINE;
            case 's' -> Pattern.DOTALL;
            case 'x' -> Pattern.COMMENTS;
            case 'q' -> Pattern.LITERAL;
            default -> throw new ExprEvalException("Unsupported regex flag: '" + c + "'");
          };
    }
    return mask;
  }
}
