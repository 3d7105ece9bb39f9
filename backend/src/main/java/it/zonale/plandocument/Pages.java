package it.zonale.plandocument;

import it.zonale.shared.web.PageQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads every page of a paginated service method, for the chapters that need whole lists. */
final class Pages {
  private Pages() {}

  /** Stops at 10,000 items: a chapter never needs more. */
  static <T> List<T> all(Function<PageQuery, List<T>> page) {
    List<T> out = new ArrayList<>();
    for (int offset = 0; offset < 10_000; offset += PageQuery.MAX_LIMIT) {
      List<T> items = page.apply(new PageQuery(PageQuery.MAX_LIMIT, offset));
      out.addAll(items);
      if (items.size() < PageQuery.MAX_LIMIT) {
        break;
      }
    }
    return out;
  }

  static String number(long value) {
    return String.format(java.util.Locale.ITALY, "%,d", value);
  }
}
