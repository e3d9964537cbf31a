package org.dyad.ingest.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/** Spaces the requests to each host at least a delay apart, in the order they ask. Thread-safe. */
public final class HostThrottle {

  private final long delayNanos;
  private final LongSupplier clock;
  private final Map<String, Long> nextStart = new HashMap<>();

  public HostThrottle(Duration delay) {
    this(delay, System::nanoTime);
  }

  /** A throttle reading time from {@code clock}, in nanoseconds (for tests). */
  HostThrottle(Duration delay, LongSupplier clock) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    this.delayNanos = delay.toNanos();
    this.clock = clock;
  }

  /** Reserves the next start for a request to {@code host}; returns how long to wait for it. */
  public synchronized Duration reserve(String host) {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank: '" + host + "'");
    }
    long now = clock.getAsLong();
    String key = host.toLowerCase(Locale.ROOT);
    Long next = nextStart.get(key);
    long start = next == null || next - now <= 0 ? now : next;
    nextStart.put(key, start + delayNanos);
    return Duration.ofNanos(start - now);
  }
}
