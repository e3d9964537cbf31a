package org.dyad.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What analysts changed in an analysis: every stored edit (undone ones and undos included), what
 * became of each, and which facts of the analysis each applied edit set.
 *
 * @param edits the stored edits, oldest first
 * @param status what became of each edit, by id
 * @param facts the edits that set each corrected fact, by {@link #eventFact}, {@link #quoteFact} or
 *     {@link #perspectiveFact}
 */
public record Corrections(
    List<Edit> edits, Map<Long, Status> status, Map<String, List<Long>> facts) {

  /** No edits. */
  public static final Corrections NONE = new Corrections(List.of(), Map.of(), Map.of());

  /** The provenance of a corrected fact in exports and the API. */
  public static final String PROVENANCE = "analyst";

  /** What became of an edit when it was applied to the analysis. */
  public enum Status {
    /** It changed the analysis. */
    APPLIED,
    /** An undo retracted it. */
    UNDONE,
    /** Its target is not in the analysis (its article or mention is gone); it changes nothing. */
    STALE,
    /** It is an undo in force. */
    UNDO
  }

  public Corrections {
    edits = List.copyOf(edits);
    status = Map.copyOf(status);
    Map<String, List<Long>> copy = new LinkedHashMap<>();
    facts.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    facts = java.util.Collections.unmodifiableMap(copy);
    for (Edit e : edits) {
      if (!status.containsKey(e.id())) {
        throw new IllegalArgumentException("edit " + e.id() + " has no status");
      }
    }
  }

  /** The edits that set a fact, oldest first; empty when the fact is as Dyad found it. */
  public List<Long> of(String fact) {
    return facts.getOrDefault(fact, List.of());
  }

  /** The fact name of an event. */
  public static String eventFact(String eventId) {
    return "event:" + eventId;
  }

  /** The fact name of a quote's speaker. */
  public static String quoteFact(Quote q) {
    return "quote:" + Edit.Key.of(q.articleId(), q.span());
  }

  /** The fact name of an article's perspective. */
  public static String perspectiveFact(String articleId) {
    return "perspective:" + articleId;
  }
}
