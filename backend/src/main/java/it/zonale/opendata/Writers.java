package it.zonale.opendata;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV (RFC 4180, UTF-8, no BOM) and JSON writers of a dataset, each a {@link RowSink}. */
final class Writers {
  private Writers() {}

  private static final JsonFactory JSON = new JsonFactory();

  /** A sink that also closes what it writes (the CSV's last flush, the JSON's closing brackets). */
  interface ClosingSink extends RowSink, AutoCloseable {
    @Override
    void close();
  }

  static ClosingSink csv(Dataset d, OutputStream out) {
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter printer =
          new CSVPrinter(
              w,
              CSVFormat.RFC4180.builder().setHeader(d.columnNames().toArray(String[]::new)).get());
      return new ClosingSink() {
        @Override
        public void row(Object... values) {
          try {
            for (Object v : values) {
              printer.print(Values.text(v));
            }
            printer.println();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void close() {
          try {
            printer.flush();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {"dataset": key, "scopeId": …, "license": …, "items": [{column: value, …}, …]}. */
  static ClosingSink json(Dataset d, String scopeId, String license, OutputStream out) {
    try {
      JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
      g.writeStartObject();
      g.writeStringField("dataset", d.key());
      g.writeStringField("scope", d.scope().name());
      if (scopeId != null) {
        g.writeStringField("scopeId", scopeId);
      }
      g.writeStringField("license", license);
      g.writeArrayFieldStart("items");
      List<Column> columns = d.columns();
      return new ClosingSink() {
        @Override
        public void row(Object... values) {
          try {
            g.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
              g.writeFieldName(columns.get(i).name());
              value(g, values[i]);
            }
            g.writeEndObject();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void close() {
          try {
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object o : c) {
        value(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof BigDecimal b) {
      g.writeNumber(b.toPlainString());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(Values.text(v));
    }
  }
}
