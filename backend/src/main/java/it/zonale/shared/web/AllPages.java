package it.zonale.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads every page of a paged list, for the published feature APIs whose callers need a whole list
 * (a plan's sessions, an ambito's comuni); callers ask the API by intention instead of looping.
 */
public final class AllPages {
  /** A bound no whole list of one plan or ambito reaches; it stops a runaway loop. */
  static final int MAX_ITEMS = 100_000;

  private AllPages() {}

  public static <T> List<T> of(Function<PageQuery, List<T>> page) {
    List<T> out = new ArrayList<>();
    for (int offset = 0; offset < MAX_ITEMS; offset += PageQuery.MAX_LIMIT) {
      List<T> items = page.apply(new PageQuery(PageQuery.MAX_LIMIT, offset));
      out.addAll(items);
      if (items.size() < PageQuery.MAX_LIMIT) {
        break;
      }
    }
    return out;
  }
}
