package org.dyad.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Claim;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Divergence;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PairAnalysis;
import org.dyad.model.PartialDate;
import org.dyad.model.Perspective;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/** A small hand-made corpus: a dated article, one with an inferred date and an undated one. */
final class ReportFixtures {

  static final String TITLE_1 = "Talks \"resume\" & <b>end</b>' onmouseover='alert(1)";

  static final String TEXT_1 =
      "Officials of Ruritania met Borduria's envoy in Strelsau on 27 June 2025.\n\n"
          + "The Ruritanian side said <script>alert(1)</script> was \"not acceptable\" & 'final'.\n"
          + "Talks end next week.";

  static final String TEXT_2 =
      "Borduria closed its border crossing with Ruritania last month, according to"
          + " local reports from the region of Klopstockia published on Tuesday.";

  static final String TEXT_3 = "A short note without names.";

  private static final Provenance TEST = new Provenance("test", "1");

  private ReportFixtures() {}

  /** The three articles, annotated, with nothing extracted. */
  static CorpusAnalysis articlesOnly() {
    return new CorpusAnalysis(List.of(first(), second(), third()));
  }

  /** The three articles with one event, one quote and one perspective. */
  static CorpusAnalysis withFacts() {
    AnnotatedArticle first = first();
    Span sentence = new Span(0, TEXT_1.indexOf('\n'));
    EventMention m =
        new EventMention(
            "id-1",
            "036",
            new ActorMention(new Actor("Ruritania", "RUR", "GOV"), at(TEXT_1, "Ruritania")),
            new ActorMention(new Actor("Borduria", "BOR", "GOV"), at(TEXT_1, "Borduria")),
            PartialDate.parse("2025-06-27"),
            at(TEXT_1, "27 June 2025"),
            "27 June 2025",
            Modality.ASSERTED,
            "Strelsau",
            sentence,
            at(TEXT_1, "met"),
            TEST);
    Event e =
        new Event(
            "e1",
            "036",
            4.0,
            m.source().actor(),
            m.target().actor(),
            m.date(),
            "Ruritania meets <Borduria>",
            List.of(m));
    Quote q =
        new Quote(
            "id-1",
            at(TEXT_1, "not acceptable"),
            "not acceptable",
            new Actor("Ruritanian side", "RUR", "GOV"),
            at(TEXT_1, "The Ruritanian side"),
            "said",
            null,
            true,
            TEST);
    Perspective p =
        new Perspective(
            "id-1",
            "RUR",
            List.of("RUR", "BOR"),
            0.5,
            List.of("quotes \"RUR\" officials"),
            List.of());
    return new CorpusAnalysis(
        List.of(first, second(), third()),
        List.of(e),
        List.of(q),
        List.of(new PairAnalysis(List.of("BOR", "RUR"), Map.of("id-1", p), List.of(), List.of())));
  }

  /** Two articles telling one event, one from each side, with a contradiction between them. */
  static CorpusAnalysis withDivergence() {
    CorpusAnalysis base = withFacts();
    Event e = base.events().get(0);
    Span second = new Span(0, TEXT_2.length());
    EventMention other =
        new EventMention(
            "id-2",
            "036",
            e.mentions().get(0).source(),
            e.mentions().get(0).target(),
            null,
            null,
            null,
            Modality.REPORTED,
            null,
            second,
            at(TEXT_2, "closed"),
            TEST);
    Event both =
        new Event(
            "e1",
            "036",
            4.0,
            e.source(),
            e.target(),
            e.date(),
            e.summary(),
            List.of(e.mentions().get(0), other));
    Span told = new Span(0, TEXT_1.indexOf("\nTalks"));
    Divergence d =
        new Divergence(
            "e1",
            List.of(
                new Claim("id-1", "RUR", told, told.of(TEXT_1), List.of("intent:deliberate")),
                new Claim("id-2", "BOR", second, TEXT_2, List.of("intent:accident"))),
            true,
            List.of("intent: deliberate vs accident"),
            List.of());
    return new CorpusAnalysis(
        base.articles(),
        List.of(both),
        base.quotes(),
        List.of(new PairAnalysis(base.pair(), base.perspectives(), List.of(d), List.of())));
  }

  static AnnotatedArticle first() {
    Article a =
        new Article(
            "id-1",
            "first.txt",
            "https://example.org/news/1?a=1&b=2",
            TITLE_1,
            "Example Times",
            "Jane O'Neil",
            PartialDate.parse("2025-06-27"),
            false,
            "en",
            TEXT_1,
            "Quaywire");
    List<EntityMention> entities = new ArrayList<>();
    entities.add(entity(TEXT_1, "Ruritania", EntityType.COUNTRY, "RUR"));
    entities.add(entity(TEXT_1, "Borduria's envoy", EntityType.PERSON, null));
    entities.add(entity(TEXT_1, "Borduria", EntityType.COUNTRY, "BOR"));
    // partly overlaps "Borduria's envoy" and contains "Strelsau"
    entities.add(entity(TEXT_1, "envoy in Strelsau", EntityType.MISC, null));
    entities.add(entity(TEXT_1, "Strelsau", EntityType.LOCATION, "Strelsau \"old town\""));
    entities.add(entity(TEXT_1, "Ruritanian", EntityType.NATIONALITY, "RUR"));
    // crosses the paragraph break
    entities.add(entity(TEXT_1, "2025.\n\nThe", EntityType.MISC, null));
    List<TimeExpression> timexes =
        List.of(
            timex(TEXT_1, "27 June 2025", "2025-06-27"),
            timex(TEXT_1, "next week", "2025-W27"),
            timex(TEXT_1, "Strelsau on 27", null));
    return new AnnotatedArticle(a, List.of(), entities, timexes, List.of(TEST));
  }

  static AnnotatedArticle second() {
    Article a =
        new Article(
            "id-2",
            "https://news.example/borduria?x=<y>",
            "javascript:alert(1)",
            null,
            null,
            null,
            PartialDate.ofMonth(2025, 7),
            true,
            "en",
            TEXT_2);
    return new AnnotatedArticle(
        a,
        List.of(),
        List.of(
            entity(TEXT_2, "Borduria", EntityType.COUNTRY, "BOR"),
            entity(TEXT_2, "Ruritania", EntityType.COUNTRY, "RUR"),
            entity(TEXT_2, "Klopstockia", EntityType.LOCATION, null)),
        List.of(timex(TEXT_2, "last month", "2025-06"), timex(TEXT_2, "on Tuesday", "2025-07-01")),
        List.of());
  }

  static AnnotatedArticle third() {
    Article a = new Article("id-3", "note.txt", null, null, null, null, null, false, null, TEXT_3);
    return new AnnotatedArticle(a, List.of(), List.of(), List.of(), List.of());
  }

  static Span at(String text, String part) {
    int i = text.indexOf(part);
    if (i < 0) {
      throw new IllegalArgumentException("part not in text: " + part);
    }
    return new Span(i, i + part.length());
  }

  private static EntityMention entity(String text, String part, EntityType type, String norm) {
    return new EntityMention(at(text, part), part, type, norm);
  }

  private static TimeExpression timex(String text, String part, String value) {
    return new TimeExpression(at(text, part), part, "DATE", value);
  }
}
