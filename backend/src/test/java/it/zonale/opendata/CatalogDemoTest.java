package it.zonale.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import it.zonale.support.ApiTest;
import it.zonale.support.DemoDataProfile;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The DCAT-AP_IT catalogue of the demo data validates against the DCAT-AP and DCAT-AP_IT shapes
 * with no violation, in JSON-LD and Turtle, and every distribution it lists downloads and parses.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class CatalogDemoTest extends ApiTest {

  private static Model fetch(String mediaType, Lang lang) {
    Response r = given().accept(mediaType).get("/api/v1/catalog");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.contentType()).startsWith(mediaType);
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(r.asString(), lang).parse(m);
    return m;
  }

  @Test
  void theCatalogueHasNoShaclViolationInJsonLdOrTurtle() {
    Graph shapesGraph = RDFDataMgr.loadGraph("opendata/dcat-ap-it-shapes.ttl");
    Shapes shapes = Shapes.parse(shapesGraph);
    for (Model m :
        List.of(fetch("application/ld+json", Lang.JSONLD), fetch("text/turtle", Lang.TURTLE))) {
      ValidationReport report = ShaclValidator.get().validate(shapes, m.getGraph());
      if (!report.conforms()) {
        ShLib.printReport(report);
      }
      assertThat(report.conforms()).isTrue();
      assertThat(
              m.listSubjectsWithProperty(
                      RDF.type, m.createResource(CatalogService.DCATAPIT + "Catalog"))
                  .toList())
          .hasSize(1);
      assertThat(
              m.listSubjectsWithProperty(
                      RDF.type, m.createResource(CatalogService.DCATAPIT + "Dataset"))
                  .toList())
          .hasSizeGreaterThan(20);
    }
    // the shapes bite: a catalogue whose datasets lost their identifier does not conform
    Model broken = fetch("text/turtle", Lang.TURTLE);
    broken.removeAll(null, org.apache.jena.vocabulary.DCTerms.identifier, null);
    assertThat(ShaclValidator.get().validate(shapes, broken.getGraph()).conforms()).isFalse();
  }

  /**
   * The same shapes, checked by a second, independent SHACL engine (TopQuadrant's TopBraid SHACL,
   * not Jena's): 0 results on the served catalogue (JSON-LD and Turtle, both as Turtle), and the
   * broken catalogue fails too.
   */
  @Test
  void anIndependentShaclEngineFindsNoViolationEither() throws Exception {
    String shapes =
        new String(
            CatalogDemoTest.class
                .getClassLoader()
                .getResourceAsStream("opendata/dcat-ap-it-shapes.ttl")
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    for (Model m :
        List.of(fetch("application/ld+json", Lang.JSONLD), fetch("text/turtle", Lang.TURTLE))) {
      assertThat(topBraid(turtle(m), shapes)).containsExactly("conforms=true");
    }
    Model broken = fetch("text/turtle", Lang.TURTLE);
    broken.removeAll(null, org.apache.jena.vocabulary.DCTerms.identifier, null);
    List<String> refused = topBraid(turtle(broken), shapes);
    assertThat(refused.get(0)).isEqualTo("conforms=false");
    assertThat(refused).hasSizeGreaterThan(20);
  }

  private static String turtle(Model m) {
    java.io.StringWriter w = new java.io.StringWriter();
    m.write(w, "TURTLE");
    return w.toString();
  }

  /** TopBraidCheck.validate in a class loader over the test class path, apart from Quarkus'. */
  @SuppressWarnings("unchecked")
  private static List<String> topBraid(String data, String shapes) throws Exception {
    String path =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<java.net.URL> urls = new ArrayList<>();
    for (String p : path.split(java.io.File.pathSeparator)) {
      urls.add(java.nio.file.Path.of(p).toUri().toURL());
    }
    try (java.net.URLClassLoader loader =
        new java.net.URLClassLoader(
            urls.toArray(java.net.URL[]::new), ClassLoader.getPlatformClassLoader())) {
      return (List<String>)
          loader
              .loadClass("it.zonale.opendata.TopBraidCheck")
              .getMethod("validate", String.class, String.class)
              .invoke(null, data, shapes);
    }
  }

  @Test
  void everyDistributionOfTheCatalogueDownloadsAndParses() throws Exception {
    Model m = fetch("text/turtle", Lang.TURTLE);
    List<String> urls = new ArrayList<>();
    m.listObjectsOfProperty(DCAT.downloadURL)
        .forEachRemaining(o -> urls.add(o.asResource().getURI()));
    assertThat(urls).hasSizeGreaterThan(40);
    ObjectMapper json = new ObjectMapper();
    for (String url : urls) {
      Response r = given().get(url);
      assertThat(r.statusCode()).as(url).isEqualTo(200);
      if (url.endsWith("format=CSV")) {
        try (CSVParser p =
            CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(r.asString()))) {
          assertThat(p.getHeaderNames()).as(url).isNotEmpty();
          p.getRecords();
        }
      } else {
        assertThat(json.readTree(r.asString()).has("items")).as(url).isTrue();
      }
    }
  }
}
