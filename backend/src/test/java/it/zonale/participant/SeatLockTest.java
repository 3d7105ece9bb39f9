package it.zonale.participant;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The seat lock is what keeps concurrent registrations within capacity: prove it queues. */
@QuarkusTest
class SeatLockTest {
  @Inject RegistrationRepository registrations;

  @Test
  void aSecondTransactionWaitsForTheSeatLockOfTheSameSessionOnly() throws Exception {
    UUID session = UUID.randomUUID();
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          registrations.lockSeatsOf(session);
                          held.countDown();
                          await(release);
                        }));
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> sameSession =
        CompletableFuture.runAsync(
            () -> QuarkusTransaction.requiringNew().run(() -> registrations.lockSeatsOf(session)));
    CompletableFuture<Void> otherSession =
        CompletableFuture.runAsync(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(() -> registrations.lockSeatsOf(UUID.randomUUID())));

    otherSession.get(10, TimeUnit.SECONDS);
    Thread.sleep(500);
    assertThat(sameSession).isNotDone();

    release.countDown();
    first.get(10, TimeUnit.SECONDS);
    sameSession.get(10, TimeUnit.SECONDS);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
