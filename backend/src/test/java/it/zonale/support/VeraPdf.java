package it.zonale.support;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF in the test JVM: the failed rules of a PDF against PDF/UA-1 and PDF/A-2a, as readable
 * lines ("PDFUA_1 7.1-3 ×4: …"); an empty list means compliant with both.
 */
public final class VeraPdf {
  private VeraPdf() {}

  /** The profiles we claim for every PDF we produce. */
  public static final List<PDFAFlavour> PROFILES =
      List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  public static List<String> failedRules(byte[] pdf) {
    return PROFILES.stream().flatMap(p -> failedRules(pdf, p).stream()).toList();
  }

  public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, String> messages =
          result.getTestAssertions().stream()
              .collect(
                  Collectors.toMap(
                      a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
                      a -> a.getMessage(),
                      (a, b) -> a));
      return result.getFailedChecks().entrySet().stream()
          .map(
              e -> {
                String rule = e.getKey().getClause() + "-" + e.getKey().getTestNumber();
                return flavour
                    + " "
                    + rule
                    + " ×"
                    + e.getValue()
                    + ": "
                    + messages.getOrDefault(rule, "");
              })
          .sorted()
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not validate the file", e);
    }
  }
}
