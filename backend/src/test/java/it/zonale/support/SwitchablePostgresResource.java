package it.zonale.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A real, throw-away PostgreSQL reached through a loopback TCP relay that a test can switch off and
 * on: off closes every open connection and the listening port (a client then sees "connection
 * refused", as when PostgreSQL is stopped), on listens again on the same port (as when it is back).
 */
public class SwitchablePostgresResource implements QuarkusTestResourceLifecycleManager {
  private EmbeddedPostgres postgres;
  private Relay relay;

  @Override
  public Map<String, String> start() {
    try {
      postgres = EmbeddedPostgres.builder().start();
      relay = new Relay(postgres.getPort());
      relay.accept(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "quarkus.datasource.jdbc.url",
        "jdbc:postgresql://127.0.0.1:" + relay.port + "/postgres",
        "quarkus.datasource.username",
        "postgres",
        "quarkus.datasource.password",
        "postgres");
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        relay,
        new TestInjector.AnnotatedAndMatchesType(InjectDatabaseSwitch.class, Consumer.class));
  }

  @Override
  public void stop() {
    if (relay != null) {
      relay.accept(false);
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Copies bytes both ways between a client and PostgreSQL while it is on. */
  static final class Relay implements Consumer<Boolean> {
    final int port;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket server;

    Relay(int target) throws IOException {
      this.target = target;
      try (ServerSocket free = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
        this.port = free.getLocalPort();
      }
    }

    @Override
    public synchronized void accept(Boolean on) {
      try {
        if (on && server == null) {
          server = new ServerSocket();
          server.setReuseAddress(true);
          server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
          ServerSocket listening = server;
          daemon(() -> acceptLoop(listening));
        } else if (!on && server != null) {
          server.close();
          server = null;
          for (Socket socket : open) {
            socket.close();
          }
          open.clear();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void acceptLoop(ServerSocket listening) {
      while (!listening.isClosed()) {
        try {
          Socket client = listening.accept();
          Socket database = new Socket(InetAddress.getLoopbackAddress(), target);
          open.add(client);
          open.add(database);
          daemon(() -> pipe(client, database));
          daemon(() -> pipe(database, client));
        } catch (IOException closed) {
          return;
        }
      }
    }

    private static void daemon(Runnable work) {
      Thread thread = new Thread(work, "postgres-relay");
      thread.setDaemon(true);
      thread.start();
    }

    private void pipe(Socket from, Socket to) {
      try (InputStream in = from.getInputStream();
          OutputStream out = to.getOutputStream()) {
        in.transferTo(out);
      } catch (IOException closed) {
        // One side went away: take the other down with it, as a dropped connection would.
      } finally {
        close(from);
        close(to);
      }
    }

    private void close(Socket socket) {
      open.remove(socket);
      try {
        socket.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }
}
