package it.zonale.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Starts a real SMTP server (GreenMail) inside the test JVM on a free port, points the mailer at
 * it, and gives it to test fields annotated {@link InjectGreenMail}.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {
  private GreenMail greenMail;

  @Override
  public Map<String, String> start() {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return Map.of(
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", String.valueOf(port),
        "quarkus.mailer.start-tls", "DISABLED");
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        greenMail,
        new TestInjector.AnnotatedAndMatchesType(InjectGreenMail.class, GreenMail.class));
  }

  @Override
  public void stop() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }
}
