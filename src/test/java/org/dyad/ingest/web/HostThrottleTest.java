package org.dyad.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostThrottleTest {

  private long now;

  @Test
  void requestsToOneHostAreSpacedByTheDelayAndOtherHostsDoNotWait() {
    HostThrottle t = new HostThrottle(Duration.ofMillis(500), () -> now);
    assertEquals(Duration.ZERO, t.reserve("news.example"));
    assertEquals(Duration.ofMillis(500), t.reserve("news.example"));
    assertEquals(Duration.ofMillis(1000), t.reserve("NEWS.example"));
    assertEquals(Duration.ZERO, t.reserve("wire.example"));
    now += Duration.ofMillis(600).toNanos();
    assertEquals(Duration.ofMillis(900), t.reserve("news.example"));
    now += Duration.ofSeconds(10).toNanos();
    assertEquals(Duration.ZERO, t.reserve("news.example"));
    assertEquals(Duration.ZERO, new HostThrottle(Duration.ZERO, () -> now).reserve("a"));
  }
}
