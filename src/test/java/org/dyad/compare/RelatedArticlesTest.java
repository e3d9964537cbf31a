package org.dyad.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class RelatedArticlesTest {

  private static Map<String, List<Span>> oneSentenceEach(Map<String, String> texts) {
    Map<String, List<Span>> out = new java.util.HashMap<>();
    texts.forEach((id, t) -> out.put(id, List.of(new Span(0, t.length()))));
    return out;
  }

  @Test
  void anUndatedArticleIsTwinnedWithTheDatedOneSharingItsRareNames() {
    Map<String, String> texts =
        Map.of(
            "storm", "A storm hit Port Vell and Aldmere, the Corvan weather office said.",
            "retold", "Officials in Aldmere said the Corvan office had warned Port Vell.",
            "trade", "The Corvan and Estrel ministers met in Halvik to discuss tariffs.",
            "other", "The Estrel minister left Halvik after the Corvan talks.");
    assertEquals(
        Map.of("retold", "storm"),
        RelatedArticles.datedTwins(texts, oneSentenceEach(texts), Set.of("retold")));
  }

  @Test
  void aNameEveryArticleUsesOrTheFirstWordOfASentenceTiesNothing() {
    Map<String, String> texts =
        Map.of(
            "a", "Yesterday the Corvan minister spoke.",
            "b", "Yesterday the Corvan minister was silent.",
            "c", "Nothing about Corvan here.");
    assertEquals(Map.of(), RelatedArticles.datedTwins(texts, oneSentenceEach(texts), Set.of("b")));
    assertEquals(
        Set.of("corvan"),
        RelatedArticles.names(texts.get("a"), null).keySet(),
        "'Yesterday' opens the sentence");
  }

  @Test
  void noUndatedArticleNoWork() {
    assertEquals(Map.of(), RelatedArticles.datedTwins(Map.of("a", "Text"), Map.of(), Set.of()));
  }
}
