package org.dyad.model;

import java.util.List;

/**
 * A crisis phase of a country pair: consecutive hostile periods of its tension series, the period
 * where it peaked and the events that set it off.
 *
 * @param start first period of the phase ({@code YYYY-MM} or {@code YYYY-Www})
 * @param end last period of the phase, inclusive
 * @param value the sum of the tension values of its periods (negative)
 * @param triggers ids of the events that opened it, most hostile first
 * @param events ids of all the events dated in it
 */
public record CrisisPhase(
    String pair,
    String start,
    String end,
    String peak,
    double value,
    List<String> triggers,
    List<String> events) {

  public CrisisPhase {
    if (start == null || end == null || peak == null) {
      throw new IllegalArgumentException("start, end and peak must be given");
    }
    if (start.compareTo(end) > 0 || peak.compareTo(start) < 0 || peak.compareTo(end) > 0) {
      throw new IllegalArgumentException(
          "need start <= peak <= end: " + start + ", " + peak + ", " + end);
    }
    triggers = List.copyOf(triggers);
    events = List.copyOf(events);
    if (triggers.isEmpty()) {
      throw new IllegalArgumentException("a phase needs at least one trigger event: " + start);
    }
  }
}
