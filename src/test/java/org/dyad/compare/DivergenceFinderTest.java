package org.dyad.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Divergence;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Perspective;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class DivergenceFinderTest {

  @Test
  void laysVersionsSideBySideAndFlagsContradictions() {
    String a =
        "Two journalists were detained in Lahore and officials said one died of a heart attack.";
    String b = "Seven journalists were detained in Lahore; one died of injuries after a beating.";
    Provenance p = new Provenance("t", "1");
    Actor pak = new Actor("Pakistan", "PAK", "GOV");
    Actor ind = new Actor("India", "IND", null);
    EventMention ma =
        new EventMention(
            "a",
            "173",
            new ActorMention(pak, new Span(0, 3)),
            new ActorMention(ind, new Span(4, 8)),
            PartialDate.parse("2025-05"),
            null,
            null,
            Modality.ASSERTED,
            null,
            new Span(0, a.length()),
            new Span(0, 3),
            p);
    EventMention mb =
        new EventMention(
            "b",
            "173",
            new ActorMention(pak, new Span(0, 3)),
            new ActorMention(ind, new Span(4, 8)),
            PartialDate.parse("2025-05-02"),
            null,
            null,
            Modality.ASSERTED,
            null,
            new Span(0, b.length()),
            new Span(0, 3),
            p);
    Event e =
        new Event("e1", "173", -5, pak, ind, PartialDate.parse("2025-05-02"), "s", List.of(ma, mb));
    List<Divergence> ds =
        new DivergenceFinder()
            .find(
                List.of(e),
                Map.of("a", a, "b", b),
                Map.of(
                    "a", new Perspective("a", "PAK", List.of(), 0, List.of(), List.of()),
                    "b", new Perspective("b", "IND", List.of(), 0, List.of(), List.of())));
    assertEquals(1, ds.size());
    Divergence d = ds.get(0);
    assertEquals(2, d.versions().size());
    assertEquals("PAK", d.versions().get(0).side());
    assertTrue(d.contradiction());
    assertTrue(
        d.conflicts().stream().anyMatch(c -> c.startsWith("number")), d.conflicts().toString());
    assertTrue(
        d.conflicts().stream().anyMatch(c -> c.startsWith("cause")), d.conflicts().toString());
  }

  @Test
  void onlyTheCountOfTheEventsOwnTargetIsAClaim() {
    String s = "Police arrested 50 protesters, with two of them dying in custody.";
    EventMention dying = sentenceMention("a", s, s.indexOf("dying"), s.indexOf("them"), 4);
    assertEquals(
        List.of("number:them=2"),
        DivergenceFinder.kinds(s, dying, 0).stream().filter(k -> k.startsWith("number")).toList());
    EventMention arrest = sentenceMention("a", s, s.indexOf("arrested"), s.indexOf("50"), 13);
    assertEquals(
        List.of("number:protesters=50"),
        DivergenceFinder.kinds(s, arrest, 0).stream().filter(k -> k.startsWith("number")).toList());
  }

  @Test
  void laterSentencesAboutTheEventJoinTheVersionOfTheirArticle() {
    String a =
        "Two sailors, the Tanaka brothers, died in custody in Vladivostok on May 3.\n"
            + "Talks went on. The death of the Tanaka brothers shocked Tokyo. "
            + "Officials called the incident a heart attack.";
    String b = "Two sailors died in custody on May 3. The deaths were caused by beatings.";
    EventMention ma = sentenceMention("a", a.substring(0, 73), a.indexOf("died"), 0, 11);
    EventMention mb = sentenceMention("b", b.substring(0, 36), b.indexOf("died"), 0, 11);
    Actor rus = new Actor("Russia", "RUS", "GOV");
    Actor jpn = new Actor("Japan", "JPN", null);
    Event e =
        new Event("e1", "180", -9, rus, jpn, PartialDate.parse("2025-05-03"), "s", List.of(ma, mb));
    java.util.Map<String, List<Span>> sentences =
        java.util.Map.of(
            "a", spans(a, "Two sailors, the", "Talks went", "The death of", "Officials called"),
            "b", spans(b, "Two sailors died", "The deaths"));
    Divergence d =
        new DivergenceFinder()
            .find(List.of(e), java.util.Map.of("a", a, "b", b), java.util.Map.of(), sentences)
            .get(0);
    assertEquals(
        List.of("cause: natural (a) vs violence (b)"), d.conflicts(), d.versions().toString());
    assertTrue(
        d.versions().stream().noneMatch(v -> v.text().contains("Talks went on")),
        "an unrelated sentence stays out");
    for (var v : d.versions()) {
      String text = v.articleId().equals("a") ? a : b;
      assertEquals(v.text(), v.span().of(text).strip());
    }
  }

  @Test
  void aVersionQuotingOneSidesSpeakersIsThatSidesVersion() {
    String a = "Two sailors died in custody on May 3. Moscow called it a \"heart attack\".";
    String b = "Two sailors died in custody on May 3. The deaths were caused by beatings.";
    EventMention ma = sentenceMention("a", a, a.indexOf("died"), 0, 11);
    EventMention mb = sentenceMention("b", b, b.indexOf("died"), 0, 11);
    Actor rus = new Actor("Russia", "RUS", "GOV");
    Actor jpn = new Actor("Japan", "JPN", null);
    Event e =
        new Event("e1", "180", -9, rus, jpn, PartialDate.parse("2025-05-03"), "s", List.of(ma, mb));
    Span quoted = new Span(a.indexOf("heart"), a.indexOf("attack") + 6);
    org.dyad.model.Quote moscow =
        new org.dyad.model.Quote(
            "a",
            quoted,
            "heart attack",
            rus,
            new Span(a.indexOf("Moscow"), a.indexOf("Moscow") + 6),
            "called",
            null,
            true,
            new Provenance("t", "1"));
    Map<String, Perspective> perspectives =
        Map.of(
            "a", new Perspective("a", "JPN", List.of(), 0, List.of(), List.of()),
            "b", new Perspective("b", "JPN", List.of(), 0, List.of(), List.of()));
    Divergence voiced =
        new DivergenceFinder()
            .find(List.of(e), Map.of("a", a, "b", b), perspectives, Map.of(), List.of(moscow))
            .get(0);
    assertEquals("RUS", voiced.versions().get(0).side());
    assertEquals("JPN", voiced.versions().get(1).side());
    Divergence unvoiced =
        new DivergenceFinder().find(List.of(e), Map.of("a", a, "b", b), perspectives).get(0);
    assertEquals("JPN", unvoiced.versions().get(0).side());
  }

  private static List<Span> spans(String text, String... starts) {
    List<Span> out = new java.util.ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      int from = text.indexOf(starts[i]);
      int to = i + 1 < starts.length ? text.indexOf(starts[i + 1]) : text.length();
      out.add(new Span(from, text.substring(0, to).stripTrailing().length()));
    }
    return out;
  }

  private static EventMention sentenceMention(
      String article, String sentence, int trigger, int target, int targetLength) {
    return new EventMention(
        article,
        "180",
        new ActorMention(new Actor("Russia", "RUS", "GOV"), new Span(trigger, trigger + 4)),
        new ActorMention(new Actor("Japan", "JPN", null), new Span(target, target + targetLength)),
        PartialDate.parse("2025-05-03"),
        null,
        null,
        Modality.ASSERTED,
        null,
        new Span(0, sentence.length()),
        new Span(trigger, trigger + 4),
        new Provenance("t", "1"));
  }
}
