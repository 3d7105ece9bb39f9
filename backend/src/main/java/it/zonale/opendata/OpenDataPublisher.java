package it.zonale.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.zonale.opendata.DatasetInfo.DatasetColumn;
import it.zonale.opendata.DatasetInfo.DatasetDistribution;
import it.zonale.plan.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Writes a dataset in one format, computes its validators (ETag, Last-Modified) by writing it once
 * into a digest, and describes the datasets of an ambito or plan; nothing is held in memory.
 */
@ApplicationScoped
class OpenDataPublisher {
  private final OpenDataService service;
  private final OpenDataConfig config;
  private final ObjectMapper mapper;

  public OpenDataPublisher(OpenDataService service, OpenDataConfig config, ObjectMapper mapper) {
    this.service = service;
    this.config = config;
    this.mapper = mapper;
  }

  /** The ETag and Last-Modified of a dataset in a format. */
  public record Rendered(String etag, OffsetDateTime lastModified) {}

  /**
   * @throws it.zonale.shared.error.DomainException.NotFound plan-not-found, district-not-found
   */
  public Rendered validators(Dataset d, UUID scopeId, Format f, String base) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      OutputStream nowhere = OutputStream.nullOutputStream();
      OffsetDateTime modified =
          render(d, scopeId, f, base, new DigestOutputStream(nowhere, digest));
      String etag =
          '"'
              + Base64.getUrlEncoder()
                  .withoutPadding()
                  .encodeToString(java.util.Arrays.copyOf(digest.digest(), 16))
              + '"';
      return new Rendered(etag, modified);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** Writes the dataset and answers the latest change seen in its data. */
  public OffsetDateTime render(Dataset d, UUID scopeId, Format f, String base, OutputStream out) {
    OffsetDateTime[] latest = {OpenDataService.REFERENCE_DATA_MODIFIED};
    if (f == Format.CSVW) {
      // the metadata changes with the data it describes: its Last-Modified is the data's
      service.write(d, scopeId, tracking(latest, (Object... v) -> {}));
      try {
        mapper.writeValue(nonClosing(out), csvw(d, scopeId, base));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return latest[0];
    }
    try (Writers.ClosingSink sink =
        f == Format.CSV
            ? Writers.csv(d, out)
            : Writers.json(d, scopeId == null ? null : scopeId.toString(), config.license(), out)) {
      service.write(d, scopeId, tracking(latest, sink));
    }
    return latest[0];
  }

  private static RowSink tracking(OffsetDateTime[] latest, RowSink sink) {
    return new RowSink() {
      @Override
      public void row(Object... values) {
        sink.row(values);
      }

      @Override
      public void modified(OffsetDateTime at) {
        if (at != null && at.isAfter(latest[0])) {
          latest[0] = at;
        }
      }
    };
  }

  /** The CSV on the Web (W3C) metadata of the dataset's CSV: its dialect and every column. */
  ObjectNode csvw(Dataset d, UUID scopeId, String base) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode context = root.putArray("@context");
    context.add("http://www.w3.org/ns/csvw");
    context.addObject().put("@language", "it");
    root.put("url", url(d, scopeId, Format.CSV, base));
    root.putObject("dc:title").put("@value", d.titleIt()).put("@language", "it");
    root.put("dc:description", d.descriptionIt());
    root.putObject("dc:license").put("@id", config.license());
    root.put("dc:publisher", config.publisherName());
    ObjectNode dialect = root.putObject("dialect");
    dialect.put("encoding", "utf-8").put("delimiter", ",").put("header", true);
    dialect.put("doubleQuote", true).put("lineTerminators", "\r\n");
    ObjectNode schema = root.putObject("tableSchema");
    ArrayNode columns = schema.putArray("columns");
    for (Column c : d.columns()) {
      ObjectNode col = columns.addObject();
      col.put("name", c.name());
      ObjectNode titles = col.putObject("titles");
      titles.put("it", c.titleIt()).put("en", c.titleEn());
      if (c.description() != null) {
        col.put("dc:description", c.description());
      }
      col.put("datatype", c.datatype());
      if (c.list()) {
        col.put("separator", " ");
      }
    }
    schema.put("primaryKey", d.columns().get(0).name());
    return root;
  }

  /** The datasets of the region, plus those of an ambito or of a published plan. */
  public DatasetList list(UUID districtId, UUID planId, String base) {
    List<DatasetInfo> items = new ArrayList<>();
    UUID district = districtId;
    if (planId != null) {
      Plan plan = service.publicPlan(planId);
      district = plan.districtId();
    } else if (districtId != null) {
      service.district(districtId);
    }
    for (Dataset d : Datasets.ALL) {
      UUID scopeId =
          switch (d.scope()) {
            case REGION -> null;
            case DISTRICT -> district;
            case PLAN -> planId;
          };
      if (d.scope() != Scope.REGION && scopeId == null) {
        continue;
      }
      items.add(info(d, district, d.scope() == Scope.PLAN ? planId : null, scopeId, base));
    }
    return new DatasetList(items, items.size());
  }

  DatasetInfo info(Dataset d, UUID districtId, UUID planId, UUID scopeId, String base) {
    return new DatasetInfo(
        d.key(),
        d.scope(),
        d.scope() == Scope.REGION ? null : districtId,
        planId,
        d.titleIt(),
        d.titleEn(),
        d.descriptionIt(),
        d.descriptionEn(),
        d.themes(),
        config.license(),
        d.columns().stream()
            .map(c -> new DatasetColumn(c.name(), c.datatype(), c.titleIt(), c.titleEn()))
            .toList(),
        List.of(
            new DatasetDistribution("CSV", "text/csv", url(d, scopeId, Format.CSV, base)),
            new DatasetDistribution("JSON", "application/json", url(d, scopeId, Format.JSON, base)),
            new DatasetDistribution(
                "CSVW", "application/csvm+json", url(d, scopeId, Format.CSVW, base))));
  }

  static String url(Dataset d, UUID scopeId, Format f, String base) {
    String scope =
        switch (d.scope()) {
          case REGION -> "";
          case DISTRICT -> "districtId=" + scopeId + "&";
          case PLAN -> "planId=" + scopeId + "&";
        };
    return base + "/api/v1/datasets/" + d.key() + "?" + scope + "format=" + f.name();
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}
