package it.zonale.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The ODF Toolkit's validator (odfvalidator 0.12.0, copied to target/test-tools by the POM) run as
 * its own process on an ODT: the conformance check of ODF 1.3 (the OASIS OpenDocument 1.3 schema
 * and manifest schema, no extensions allowed). Returns its error and warning lines; an empty list
 * means a conforming ODF 1.3 document.
 */
public final class OdfValidator {
  private OdfValidator() {}

  static final Path JAR = Path.of("target", "test-tools", "odfvalidator.jar");

  /** What the validator said about the file, every line. */
  public static List<String> output(Path odt) throws IOException, InterruptedException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: run the tests through Maven");
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "-1.3", "-v", odt.toString())
            .redirectErrorStream(true)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("odfvalidator did not finish in 120 s");
    }
    return new String(out, StandardCharsets.UTF_8).lines().toList();
  }

  /** The errors and warnings (lines with "Error:", "Fatal:" or "Warning:"), empty when valid. */
  public static List<String> problems(Path odt) throws IOException, InterruptedException {
    return output(odt).stream()
        .filter(l -> l.contains("Error:") || l.contains("Fatal:") || l.contains("Warning:"))
        .toList();
  }
}
