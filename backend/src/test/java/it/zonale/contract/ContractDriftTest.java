package it.zonale.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import it.zonale.shared.error.FieldCode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Fails when the committed contract {@code ../openapi.yaml} and the contract the running service
 * serves differ in anything but prose. {@code ./zonale openapi} (-Dzonale.contract.write=true)
 * refreshes the file.
 */
@QuarkusTest
class ContractDriftTest {
  static final Path CONTRACT = Path.of("..", "openapi.yaml");
  static final Set<String> PROSE = Set.of("description", "summary", "example", "examples");

  @Test
  void committedContractMatchesTheRunningService() throws IOException {
    String served =
        given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
    if (Boolean.getBoolean("zonale.contract.write")) {
      Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
    }
    assertThat(CONTRACT).as("the contract file ../openapi.yaml").exists();
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode expected = withoutProse(yaml.readTree(CONTRACT.toFile()));
    JsonNode actual = withoutProse(yaml.readTree(served));
    List<String> differences = new ArrayList<>();
    diff("", expected, actual, differences);
    assertThat(differences)
        .as(
            "openapi.yaml differs from the running service; run ./zonale openapi to refresh it and review the diff."
                + " First differences")
        .isEmpty();
  }

  @Test
  void everyOperationHasAnIdATagAndProblemErrors() throws IOException {
    JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
    List<String> defects = new ArrayList<>();
    contract
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          if (!op.getValue().isObject() || op.getKey().equals("parameters")) {
                            return;
                          }
                          String where = op.getKey().toUpperCase() + " " + path.getKey();
                          if (!op.getValue().hasNonNull("operationId")) {
                            defects.add(where + ": no operationId");
                          }
                          if (!op.getValue().has("tags")) {
                            defects.add(where + ": no tag");
                          }
                          op.getValue()
                              .path("responses")
                              .fields()
                              .forEachRemaining(
                                  response -> {
                                    if (response.getKey().startsWith("4")
                                        || response.getKey().startsWith("5")) {
                                      if (!response
                                          .getValue()
                                          .path("content")
                                          .has("application/problem+json")) {
                                        defects.add(
                                            where
                                                + " "
                                                + response.getKey()
                                                + ": not application/problem+json");
                                      }
                                    }
                                  });
                        }));
    assertThat(defects).isEmpty();
    assertThat(contract.path("paths").size()).isGreaterThan(15);
  }

  @Test
  void everyFieldCodeIsDocumentedInTheContract() throws Exception {
    // The codes are slugs, not a contract enum: the description of ProblemError.code lists them.
    String documented =
        new ObjectMapper(new YAMLFactory())
            .readTree(CONTRACT.toFile())
            .at("/components/schemas/ProblemError/properties/code/description")
            .asText();
    List<String> codes = new ArrayList<>();
    for (Field field : FieldCode.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    assertThat(codes).hasSizeGreaterThan(10);
    for (String code : codes) {
      assertThat(code).matches("[a-z]+(-[a-z]+)*").hasSizeLessThanOrEqualTo(40);
      assertThat(documented).as("ProblemError.code description").contains(" " + code + " (");
    }
  }

  static JsonNode withoutProse(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = ((ObjectNode) node).deepCopy();
      Iterator<Map.Entry<String, JsonNode>> fields = copy.fields();
      List<String> remove = new ArrayList<>();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        // "description"/"example" are prose unless they are property names inside "properties".
        if (PROSE.contains(field.getKey()) && !field.getValue().isObject()) {
          remove.add(field.getKey());
        } else {
          copy.set(field.getKey(), withoutProse(field.getValue()));
        }
      }
      remove.forEach(copy::remove);
      return copy;
    }
    if (node.isArray()) {
      var copy = node.deepCopy();
      for (int i = 0; i < copy.size(); i++) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) copy).set(i, withoutProse(copy.get(i)));
      }
      return copy;
    }
    return node;
  }

  static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (out.size() >= 30) {
      return;
    }
    if (expected == null || actual == null) {
      out.add(
          path + (expected == null ? ": only in the running service" : ": only in openapi.yaml"));
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      Set<String> names = new java.util.TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        diff(
            path + "/" + name.replace("~", "~0").replace("/", "~1"),
            expected.get(name),
            actual.get(name),
            out);
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        diff(path + "/" + i, expected.get(i), actual.get(i), out);
      }
    } else if (!expected.equals(actual)) {
      out.add(
          path
              + ": openapi.yaml has "
              + abbreviate(expected)
              + ", the service "
              + abbreviate(actual));
    }
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }
}
