package it.zonale.shared.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The AgID/ModI paging parameters shared by every list: {@code ?limit=&offset=}. */
public class PageQuery {
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 1_000_000;

  @QueryParam("limit")
  @DefaultValue("20")
  @Min(1)
  @Max(MAX_LIMIT)
  @Parameter(description = "Items per page (1-100).")
  public int limit;

  @QueryParam("offset")
  @DefaultValue("0")
  @Min(0)
  @Max(MAX_OFFSET)
  @Parameter(description = "Items to skip.")
  public int offset;

  public PageQuery() {}

  public PageQuery(int limit, int offset) {
    this.limit = limit;
    this.offset = offset;
  }
}
