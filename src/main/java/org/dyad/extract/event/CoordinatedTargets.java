package org.dyad.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.model.ActorMention;
import org.dyad.model.EventMention;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.TimeExpression;

/** Events a trigger has with each of its coordinated objects, each with its own date. */
final class CoordinatedTargets {

  private CoordinatedTargets() {}

  /**
   * "Troops left Lithuania in August 1993, Estonia a year later and Germany in September 1994": one
   * event per coordinated object, each with the date attached to it; and one per further guest of a
   * meeting that is the object ("hosted talks with A and B", see {@link Gatherings#guests}), with
   * the first event's date.
   *
   * @param guests the guests of the meeting the trigger's object is, the first being {@code
   *     first}'s target when it is one; empty when the object is no meeting
   */
  static List<EventMention> of(
      ArticleContext ctx,
      ActorResolver actors,
      Map<TimeExpression, PartialDate> dates,
      int s,
      int trigger,
      EventMention first,
      List<ActorMention> guests,
      Provenance provenance) {
    SentenceGraph g = ctx.graph(s);
    List<EventMention> out = new ArrayList<>();
    List<Integer> objects = g.children(trigger, "obj");
    if (objects.isEmpty()) {
      return out;
    }
    LinkedHashSet<Integer> candidates = new LinkedHashSet<>(objects.subList(1, objects.size()));
    for (int o : objects) {
      candidates.addAll(g.children(o, "conj"));
      candidates.addAll(g.children(o, "appos"));
    }
    for (int o : List.copyOf(candidates)) {
      candidates.addAll(g.children(o, "appos"));
    }
    for (int d : g.children(trigger, "dep")) {
      for (int n : g.children(d, "dep")) {
        if (g.pos(n).startsWith("NN")) {
          candidates.add(n);
        }
      }
    }
    candidates.remove(objects.get(0));
    Map<ActorMention, Integer> targets = new LinkedHashMap<>();
    for (int c : candidates) {
      ActorMention target = actors.resolve(s, c);
      if (target != null) {
        targets.putIfAbsent(target, c);
      }
    }
    Set<ActorMention> guestsOnly = new HashSet<>();
    if (!guests.isEmpty() && guests.get(0).equals(first.target())) {
      for (ActorMention guest : guests.subList(1, guests.size())) {
        int token = g.tokenAt(guest.span().start());
        if (token >= 0 && targets.putIfAbsent(guest, token) == null) {
          guestsOnly.add(guest);
        }
      }
    }
    for (var t : targets.entrySet()) {
      ActorMention target = t.getKey();
      if (target.actor().country() == null
          || target.actor().country().equals(first.source().actor().country())) {
        continue;
      }
      boolean guest = guestsOnly.contains(target);
      TimeExpression when = guest ? null : EventDates.segmentDate(ctx, g, s, t.getValue(), dates);
      out.add(
          new EventMention(
              first.articleId(),
              first.cameo(),
              first.source(),
              target,
              guest ? first.date() : when == null ? null : dates.get(when),
              guest ? first.dateSpan() : when == null ? null : when.span(),
              guest ? first.dateText() : when == null ? null : when.text(),
              first.modality(),
              guest ? first.location() : null,
              first.span(),
              first.trigger(),
              provenance));
    }
    return out;
  }
}
