package org.dyad.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.extract.event.CameoCodebook;
import org.dyad.extract.event.EventExtractor;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.PartialDate;

/**
 * Merges event mentions that denote one real event: same CAMEO root, same source and target
 * countries, and dates that agree at their common precision. Undated mentions join the event of
 * their kind that their article is most likely about; a report repeated many times is one event.
 */
public final class EventMerger {

  private final CameoCodebook codebook;

  public EventMerger(CameoCodebook codebook) {
    this.codebook = codebook;
  }

  /** Merges without anchors: an undated mention joins the largest event of its kind. */
  public List<Event> merge(
      List<EventMention> mentions, Function<EventMention, String> sentenceText) {
    return merge(mentions, sentenceText, m -> Set.of());
  }

  /**
   * Merged events in chronological order (undated last), with ids {@code e1, e2, ...}. An undated
   * mention joins the one dated event its own article tells with the same code (a headline and its
   * story), else an event of its kind only when they share an anchor (see {@link EventAnchors}); an
   * incident (an agentless happening such as a crash) joins the violent event that it reports,
   * taking that event's code and source, and is dropped when there is none.
   */
  public List<Event> merge(
      List<EventMention> mentions,
      Function<EventMention, String> sentenceText,
      Function<EventMention, Set<String>> anchors) {
    Map<String, List<EventMention>> groups = new LinkedHashMap<>();
    List<EventMention> incidents = new ArrayList<>();
    for (EventMention m : mentions) {
      if (m.provenance().equals(EventExtractor.INCIDENT)) {
        incidents.add(m);
        continue;
      }
      String key =
          family(m.cameo())
              + "|"
              + m.source().actor().country()
              + "|"
              + m.target().actor().country();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<List<EventMention>> clusters = new ArrayList<>();
    for (List<EventMention> group : groups.values()) {
      clusters.addAll(cluster(group, anchors));
    }
    Map<String, List<List<EventMention>>> violentByTarget = new HashMap<>();
    for (List<EventMention> c : clusters) {
      EventMention first = c.get(0);
      if (VIOLENT.contains(first.root()) && first.target().actor().country() != null) {
        violentByTarget
            .computeIfAbsent(first.target().actor().country(), k -> new ArrayList<>())
            .add(c);
      }
    }
    for (EventMention incident : incidents) {
      attach(
          incident,
          violentByTarget.getOrDefault(incident.target().actor().country(), List.of()),
          anchors);
    }
    List<Event> events = new ArrayList<>();
    for (List<EventMention> c : clusters) {
      events.add(event(c, sentenceText));
    }
    events.sort(
        Comparator.comparing(
                (Event e) -> e.date() == null ? null : e.date().firstDay(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Event::cameo));
    List<Event> numbered = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      numbered.add(
          new Event(
              "e" + (i + 1),
              e.cameo(),
              e.goldstein(),
              e.source(),
              e.target(),
              e.date(),
              e.summary(),
              e.mentions()));
    }
    return numbered;
  }

  /**
   * The CAMEO family of a code: its first three digits (its root for a bare root code); violence
   * (roots 18 to 20) is one family per root, since reports of one attack name its means
   * differently.
   */
  static String family(String code) {
    String root = code.substring(0, 2);
    if (VIOLENT.contains(root) || code.length() < 3) {
      return root + "0";
    }
    return code.substring(0, 3);
  }

  private static final Set<String> VIOLENT = Set.of("18", "19", "20");

  /**
   * True when a mention shares an anchor with a cluster: the kind of thing it happens to when both
   * name one, else the word for the event when neither does; a mention without anchors fits any.
   */
  static boolean share(
      EventMention m, List<EventMention> cluster, Function<EventMention, Set<String>> anchors) {
    Set<String> mine = anchors.apply(m);
    if (mine.isEmpty()) {
      return true;
    }
    Set<String> theirs = new java.util.HashSet<>();
    for (EventMention c : cluster) {
      Set<String> a = anchors.apply(c);
      if (a.isEmpty()) {
        return true;
      }
      theirs.addAll(a);
    }
    boolean myObject = mine.stream().anyMatch(a -> a.startsWith("o:"));
    boolean theirObject = theirs.stream().anyMatch(a -> a.startsWith("o:"));
    if (myObject != theirObject) {
      return false;
    }
    return mine.stream().filter(a -> !myObject || a.startsWith("o:")).anyMatch(theirs::contains);
  }

  /**
   * Adds an incident, recoded, to the violent event against its target that it reports, among
   * {@code clusters}, the violent ones against its target.
   */
  private void attach(
      EventMention incident,
      List<List<EventMention>> clusters,
      Function<EventMention, Set<String>> anchors) {
    List<EventMention> best = null;
    int bestScore = 0;
    for (List<EventMention> c : clusters) {
      EventMention first = c.get(0);
      PartialDate date = bestDate(c);
      if (!VIOLENT.contains(first.root())
          || !incident.target().actor().country().equals(first.target().actor().country())
          || (date != null && incident.date() != null && !compatible(date, incident.date()))
          || !share(incident, c, anchors)) {
        continue;
      }
      int score = c.size() + (date != null && incident.date() != null ? 1000 : 0);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best == null) {
      return;
    }
    String cameo = mostCommon(best.stream().map(EventMention::cameo).toList(), best.get(0).cameo());
    Actor source = mostInformative(best.stream().map(m -> m.source().actor()).toList());
    best.add(
        new EventMention(
            incident.articleId(),
            cameo,
            new ActorMention(source, incident.trigger()),
            incident.target(),
            incident.date(),
            incident.dateSpan(),
            incident.dateText(),
            incident.modality(),
            incident.location(),
            incident.span(),
            incident.trigger(),
            incident.provenance()));
  }

  private static PartialDate bestDate(List<EventMention> c) {
    return c.stream()
        .map(EventMention::date)
        .filter(java.util.Objects::nonNull)
        .max(Comparator.comparing(PartialDate::precision))
        .orElse(null);
  }

  /** True when two dates can denote the same day: equal at the coarser of their precisions. */
  static boolean compatible(PartialDate a, PartialDate b) {
    if (a.year() != b.year()) {
      return false;
    }
    if (a.month() == null || b.month() == null) {
      return true;
    }
    if (!a.month().equals(b.month())) {
      return false;
    }
    return a.day() == null || b.day() == null || a.day().equals(b.day());
  }

  /**
   * The clusters of one group (CAMEO family and countries): dated mentions join the first cluster
   * whose date agrees with theirs, finest precision first; undated ones the one dated cluster their
   * article tells with their code, else the largest they share an anchor with, else the first
   * undated cluster they share one with.
   */
  static List<List<EventMention>> cluster(
      List<EventMention> group, Function<EventMention, Set<String>> anchors) {
    List<EventMention> dated = new ArrayList<>();
    List<EventMention> undated = new ArrayList<>();
    for (EventMention m : group) {
      (m.date() == null ? undated : dated).add(m);
    }
    dated.sort(
        Comparator.comparing((EventMention m) -> m.date().precision())
            .reversed()
            .thenComparing(m -> m.date().firstDay()));
    // A dated mention joins the first cluster whose date agrees with its own: clusters open finest
    // precision first, so that is the first cluster of its year, month or day.
    ClusterIndex clusters = new ClusterIndex();
    for (EventMention m : dated) {
      int match = clusters.firstDated(m.date());
      if (match < 0) {
        clusters.open(m, anchors.apply(m));
      } else {
        clusters.add(match, m, anchors.apply(m));
      }
    }
    ClusterIndex undatedClusters = new ClusterIndex();
    for (EventMention m : undated) {
      Set<String> mine = anchors.apply(m);
      int home = clusters.home(m, mine);
      if (home >= 0) {
        clusters.add(home, m, mine);
        continue;
      }
      int loose = undatedClusters.firstTold(m, mine);
      if (loose >= 0) {
        undatedClusters.add(loose, m, mine);
      } else {
        undatedClusters.open(m, mine);
      }
    }
    List<List<EventMention>> out = new ArrayList<>(clusters.clusters());
    out.addAll(undatedClusters.clusters());
    return out;
  }

  private Event event(List<EventMention> c, Function<EventMention, String> sentenceText) {
    EventMention best =
        c.stream()
            .filter(m -> m.date() != null)
            .max(Comparator.comparing((EventMention m) -> m.date().precision()))
            .orElse(c.get(0));
    String cameo = mostCommon(c.stream().map(EventMention::cameo).toList(), best.cameo());
    Actor source = mostInformative(c.stream().map(m -> m.source().actor()).toList());
    Actor target = mostInformative(c.stream().map(m -> m.target().actor()).toList());
    String summary =
        source.name()
            + " \u2192 "
            + target.name()
            + ": "
            + codebook.name(cameo).toLowerCase()
            + " (\u201c"
            + sentenceText.apply(best)
            + "\u201d)";
    return new Event(
        "e0", cameo, codebook.goldstein(cameo), source, target, best.date(), summary, c);
  }

  private static String mostCommon(List<String> codes, String fallback) {
    Map<String, Long> counts =
        codes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(e -> e.getKey().length()))
        .map(Map.Entry::getKey)
        .orElse(fallback);
  }

  private static Actor mostInformative(List<Actor> actors) {
    Map<Actor, Integer> counts = new HashMap<>();
    for (Actor a : actors) {
      counts.merge(a, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(
            Comparator.comparingInt(
                    (Map.Entry<Actor, Integer> e) -> e.getKey().role() != null ? 1 : 0)
                .thenComparingInt(Map.Entry::getValue))
        .map(Map.Entry::getKey)
        .orElseThrow();
  }
}
