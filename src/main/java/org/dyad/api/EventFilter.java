package org.dyad.api;

import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;

/**
 * Which events a timeline shows: dated within {@code [from, to]} (partial dates overlap when any
 * day they denote is shared), involving {@code country} as source or target, coded under the CAMEO
 * root or code prefix {@code cameo}, and mentioned at least once with {@code modality}. Null
 * criteria match every event.
 */
record EventFilter(
    PartialDate from, PartialDate to, String country, String cameo, Modality modality) {

  EventFilter {
    if (from != null && to != null && from.firstDay().isAfter(to.lastDay())) {
      throw new IllegalArgumentException("from must not be after to: from=" + from + ", to=" + to);
    }
    if (country != null && !country.matches("[A-Z]{2,3}")) {
      throw new IllegalArgumentException("country must be an upper-case ISO code: " + country);
    }
    if (cameo != null && !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("cameo must be 2 to 4 digits: " + cameo);
    }
  }

  /** The filter a request's {@code from, to, country, cameo, modality} parameters describe. */
  static EventFilter of(Query q) {
    PartialDate from = q.date("from");
    PartialDate to = q.date("to");
    if (from != null && to != null && from.firstDay().isAfter(to.lastDay())) {
      throw ApiError.badParameter("from", from.toString(), "a date not after to=" + to);
    }
    return new EventFilter(
        from, to, q.country("country"), q.cameo("cameo"), q.modality("modality"));
  }

  boolean matches(Event e) {
    if (from != null || to != null) {
      if (e.date() == null) {
        return false;
      }
      if (from != null && e.date().lastDay().isBefore(from.firstDay())) {
        return false;
      }
      if (to != null && e.date().firstDay().isAfter(to.lastDay())) {
        return false;
      }
    }
    if (country != null
        && !country.equals(countryOf(e.source()))
        && !country.equals(countryOf(e.target()))) {
      return false;
    }
    if (cameo != null && !e.cameo().startsWith(cameo)) {
      return false;
    }
    if (modality != null) {
      for (EventMention m : e.mentions()) {
        if (m.modality() == modality) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  private static String countryOf(Actor a) {
    return a == null ? null : a.country();
  }
}
