package it.zonale.opendata;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.topbraid.shacl.validation.ValidationUtil;
import org.topbraid.shacl.vocabulary.SH;

/**
 * Runs TopBraid SHACL on Turtle text. CatalogDemoTest loads it in a class loader of its own, beside
 * the test's bridge for the Jena 5.2 class TopBraid needs (Quarkus loads libraries apart from test
 * classes, where the bridge would not be seen); only Strings cross.
 */
public final class TopBraidCheck {
  private TopBraidCheck() {}

  /** "conforms=true|false", then one line per sh:result (its focus node, path and message). */
  public static List<String> validate(String dataTurtle, String shapesTurtle) {
    Model data = ModelFactory.createDefaultModel();
    data.read(new StringReader(dataTurtle), null, "TURTLE");
    Model shapes = ModelFactory.createDefaultModel();
    shapes.read(new StringReader(shapesTurtle), null, "TURTLE");
    Resource report = ValidationUtil.validateModel(data, shapes, true);
    List<String> out = new ArrayList<>();
    out.add("conforms=" + report.getProperty(SH.conforms).getBoolean());
    for (RDFNode r : report.getModel().listObjectsOfProperty(report, SH.result).toList()) {
      Resource res = r.asResource();
      out.add(
          res.getProperty(SH.focusNode)
              + " "
              + res.getProperty(SH.resultPath)
              + " "
              + res.getProperty(SH.resultMessage));
    }
    return out;
  }
}
