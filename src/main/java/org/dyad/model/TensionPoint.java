package org.dyad.model;

import java.util.List;

/**
 * The temperature of a country pair in one period: the sum of the Goldstein values of the events
 * dated in it, each event counted once however often it was reported, split into its conflictual
 * (negative) and cooperative (positive) parts.
 *
 * @param period {@code YYYY-MM} or an ISO week {@code YYYY-Www}
 * @param series {@code all} for both directions, else the side whose media told these events
 * @param value {@code conflict + cooperation}
 * @param conflict the sum of the negative Goldstein values, at most 0
 * @param cooperation the sum of the positive Goldstein values, at least 0
 */
public record TensionPoint(
    String period,
    String pair,
    String series,
    double value,
    double conflict,
    double cooperation,
    List<String> events) {

  public TensionPoint {
    if (period == null || !period.matches("\\d{4}-(?:\\d{2}|W\\d{2})")) {
      throw new IllegalArgumentException("period must be YYYY-MM or YYYY-Www: " + period);
    }
    if (series == null || series.isBlank()) {
      throw new IllegalArgumentException("series must not be blank");
    }
    if (conflict > 0 || cooperation < 0) {
      throw new IllegalArgumentException(
          "conflict must be <= 0 and cooperation >= 0: " + conflict + ", " + cooperation);
    }
    if (Math.abs(value - (conflict + cooperation)) > 1e-6) {
      throw new IllegalArgumentException(
          "value must be conflict + cooperation: " + value + " != " + (conflict + cooperation));
    }
    events = List.copyOf(events);
  }
}
