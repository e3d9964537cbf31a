package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.analysis.ArticleFindings;
import org.dyad.analysis.Extraction;
import org.dyad.extract.event.EventExtractor;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.dyad.nlp.Gazetteer;

/** Merging block by block gives exactly what merging the whole corpus at once gives. */
class BlockMergeTest {

  private static final Extraction EXTRACTION = new Extraction(Gazetteer.load());
  private static final Provenance EVENT = new Provenance("extract.event", "1");

  /** What varies between generated mentions; spans are made unique per mention. */
  record Spec(
      int article,
      String cameo,
      String source,
      String target,
      String date,
      boolean incident,
      Set<String> anchors) {}

  @Provide
  Arbitrary<List<Spec>> corpora() {
    Arbitrary<Spec> spec =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(
                    "010", "036", "042", "111", "172", "173", "14", "163", "180", "190", "193",
                    "200"),
                Arbitraries.of("RUS", "AZE", "IND", "PAK").injectNull(0.15),
                Arbitraries.of("RUS", "AZE", "IND", "PAK").injectNull(0.1),
                Arbitraries.of(
                        "2024",
                        "2024-12",
                        "2024-12-25",
                        "2025",
                        "2025-06",
                        "2025-06-27",
                        "2025-06-30")
                    .injectNull(0.35),
                Arbitraries.of(true, false, false, false),
                Arbitraries.of(
                        "t:shoot", "t:crash", "t:die", "o:aircraft", "o:fisherman", "t:detain")
                    .set()
                    .ofMaxSize(2))
            .as(Spec::new)
            .map(BlockMergeTest::asExtracted);
    return spec.list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 300)
  void blockByBlockEqualsTheWholeCorpus(@ForAll("corpora") List<Spec> specs) {
    List<ArticleFindings> findings = findings(specs);
    List<Event> whole = EXTRACTION.merge(findings);
    assertEquals(whole, BlockMerge.mergeByBlocks(EXTRACTION, findings));
  }

  @Property(tries = 50)
  void eventsNeverMixMentionsOfTwoBlocks(@ForAll("corpora") List<Spec> specs) {
    for (Event e : EXTRACTION.merge(findings(specs))) {
      Set<MergeBlock> blocks = new HashSet<>();
      for (EventMention m : e.mentions()) {
        blocks.add(MergeBlock.of(m));
      }
      assertTrue(blocks.size() == 1 || e.root().compareTo("18") >= 0, e + " spans " + blocks);
    }
  }

  /** Incidents as the extractor makes them: unattributed, against a known country. */
  private static Spec asExtracted(Spec s) {
    if (!s.incident()) {
      return s;
    }
    String target = s.target() == null ? "AZE" : s.target();
    return new Spec(s.article(), s.cameo(), null, target, s.date(), true, s.anchors());
  }

  private static List<ArticleFindings> findings(List<Spec> specs) {
    Map<Integer, List<ArticleFindings.Found>> byArticle = new LinkedHashMap<>();
    for (int a = 0; a < 4; a++) {
      byArticle.put(a, new ArrayList<>());
    }
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      int at = 10 * i;
      EventMention m =
          new EventMention(
              "a" + s.article(),
              s.cameo(),
              new ActorMention(
                  new Actor(s.source() == null ? "someone" : s.source(), s.source(), null),
                  new Span(at, at + 1)),
              new ActorMention(
                  new Actor(s.target() == null ? "someone" : s.target(), s.target(), null),
                  new Span(at + 4, at + 6)),
              s.date() == null ? null : PartialDate.parse(s.date()),
              null,
              null,
              Modality.ASSERTED,
              null,
              new Span(at, at + 9),
              new Span(at + 2, at + 3),
              s.incident() ? EventExtractor.INCIDENT : EVENT);
      byArticle.get(s.article()).add(new ArticleFindings.Found(m, s.anchors(), "mention " + i));
    }
    List<ArticleFindings> out = new ArrayList<>();
    byArticle.forEach((a, found) -> out.add(new ArticleFindings("a" + a, found, List.of())));
    return out;
  }
}
