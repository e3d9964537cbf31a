package org.dyad.model;

import java.util.List;

/**
 * The temperature of a country pair in one period: the sum of the Goldstein values of the events
 * dated in it, each event counted once however often it was reported.
 *
 * @param series {@code all} for both directions, else the side whose media told these events
 */
public record TensionPoint(
    String period, String pair, String series, double value, List<String> events) {

  public TensionPoint {
    events = List.copyOf(events);
  }
}
