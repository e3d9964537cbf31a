package org.dyad.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
   * event per coordinated object, each with the date attached to it.
   */
  static List<EventMention> of(
      ArticleContext ctx,
      ActorResolver actors,
      Map<TimeExpression, PartialDate> dates,
      int s,
      int trigger,
      EventMention first,
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
    for (int c : candidates) {
      ActorMention target = actors.resolve(s, c);
      if (target == null
          || target.actor().country() == null
          || target.actor().country().equals(first.source().actor().country())) {
        continue;
      }
      TimeExpression when = EventDates.segmentDate(ctx, g, s, c, dates);
      out.add(
          new EventMention(
              first.articleId(),
              first.cameo(),
              first.source(),
              target,
              when == null ? null : dates.get(when),
              when == null ? null : when.span(),
              when == null ? null : when.text(),
              first.modality(),
              null,
              first.span(),
              first.trigger(),
              provenance));
    }
    return out;
  }
}
