package org.dyad.api;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.PairAnalysis;
import org.dyad.model.Perspective;

/**
 * Which events a list shows and in what order: the {@link EventFilter} criteria, plus a direction
 * ({@code AZE-RUS}: from the first country to the second), an outlet that reports it, the side
 * whose articles report it (a country code of the pair, {@code both} or {@code neutral}), an actor
 * or speaker whose name contains a text, and the events a full-text search found. Null criteria
 * match every event.
 *
 * @param matched the ids of the events a search found, or null when there was no search
 * @param newestFirst newest first (undated last) instead of the analysis's chronological order
 */
record EventQuery(
    EventFilter filter,
    List<String> direction,
    String outlet,
    String side,
    String actor,
    Set<String> matched,
    boolean newestFirst) {

  EventQuery {
    if (filter == null) {
      throw new IllegalArgumentException("filter must not be null");
    }
    if (direction != null && (direction.size() != 2 || direction.get(0).equals(direction.get(1)))) {
      throw new IllegalArgumentException("direction must be two different countries: " + direction);
    }
    direction = direction == null ? null : List.copyOf(direction);
    matched = matched == null ? null : Set.copyOf(matched);
  }

  /**
   * The query of a request's parameters ({@link EventFilter#of} plus {@code direction}, {@code
   * outlet}, {@code side}, {@code actor}, {@code sort=newest|oldest}); {@code matched} comes from
   * its {@code q}, searched by the caller.
   */
  static EventQuery of(Query q, Set<String> matched) {
    String dir = q.string("direction");
    List<String> direction = null;
    if (dir != null) {
      String[] parts = dir.toUpperCase(Locale.ROOT).split("\\s*(?:-|>|,|\u2192)\\s*");
      if (parts.length != 2
          || !parts[0].matches("[A-Z]{2,3}")
          || !parts[1].matches("[A-Z]{2,3}")
          || parts[0].equals(parts[1])) {
        throw ApiError.badParameter(
            "direction", dir, "two country codes, from one to the other, such as RUS-AZE");
      }
      direction = List.of(parts[0], parts[1]);
    }
    String side = q.string("side");
    if (side != null
        && !side.matches("[A-Za-z]{2,3}")
        && !side.equalsIgnoreCase("both")
        && !side.equalsIgnoreCase("neutral")) {
      throw ApiError.badParameter("side", side, "a country code of the pair, both or neutral");
    }
    return new EventQuery(
        EventFilter.of(q),
        direction,
        q.string("outlet"),
        side == null
            ? null
            : side.length() <= 3 ? side.toUpperCase(Locale.ROOT) : side.toLowerCase(Locale.ROOT),
        q.string("actor"),
        matched,
        q.oneOf("sort", "oldest", "oldest", "newest").equals("newest"));
  }

  /**
   * Whether the event passes; {@code outletOf} gives an article's outlet by Dyad id, {@code pair}
   * the perspectives a side is judged by (null: no side matches).
   */
  boolean matches(
      Event e, java.util.function.Function<String, String> outletOf, PairAnalysis pair) {
    if (!filter.matches(e)) {
      return false;
    }
    if (matched != null && !matched.contains(e.id())) {
      return false;
    }
    if (direction != null
        && !(direction.get(0).equals(country(e.source()))
            && direction.get(1).equals(country(e.target())))) {
      return false;
    }
    if (actor != null) {
      String a = actor.toLowerCase(Locale.ROOT);
      if (!contains(e.source(), a) && !contains(e.target(), a)) {
        return false;
      }
    }
    if (outlet != null) {
      boolean any = false;
      for (EventMention m : e.mentions()) {
        String o = outletOf.apply(m.articleId());
        any |= o != null && o.equalsIgnoreCase(outlet);
      }
      if (!any) {
        return false;
      }
    }
    if (side != null) {
      if (pair == null) {
        return false;
      }
      boolean any = false;
      for (EventMention m : e.mentions()) {
        Perspective p = pair.perspectives().get(m.articleId());
        String label = p == null ? "neutral" : p.label();
        any |= label.equals(side);
      }
      return any;
    }
    return true;
  }

  /** The order a list shows: chronological, or newest first with the undated last. */
  Comparator<Event> order() {
    if (!newestFirst) {
      return (x, y) -> 0;
    }
    return Comparator.comparing(
            (Event e) -> e.date() == null ? java.time.LocalDate.MIN : e.date().lastDay())
        .reversed();
  }

  private static boolean contains(Actor a, String text) {
    return a != null && a.name().toLowerCase(Locale.ROOT).contains(text);
  }

  private static String country(Actor a) {
    return a == null ? null : a.country();
  }
}
