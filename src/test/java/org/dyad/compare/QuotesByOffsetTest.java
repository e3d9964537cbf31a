package org.dyad.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.model.Actor;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class QuotesByOffsetTest {

  private static Quote quote(int start, int end, String speaker) {
    return new Quote(
        "a",
        new Span(start, end),
        "words",
        speaker == null ? null : new Actor(speaker, null, null),
        null,
        null,
        null,
        true,
        null);
  }

  /** The quote a scan of the list in its order finds first. */
  private static Quote scanned(List<Quote> quotes, int at) {
    for (Quote q : quotes) {
      if (q.speaker() != null && q.span().start() <= at && at < q.span().end()) {
        return q;
      }
    }
    return null;
  }

  @Test
  void findsTheQuoteHoldingAnOffsetAndNothingOutsideQuotes() {
    Quote first = quote(10, 20, "A");
    Quote second = quote(30, 40, "B");
    QuotesByOffset index = new QuotesByOffset(List.of(second, first, quote(50, 60, null)));
    assertSame(first, index.at(10));
    assertSame(first, index.at(19));
    assertNull(index.at(20));
    assertSame(second, index.at(35));
    assertNull(index.at(5));
    assertNull(index.at(55));
    assertNull(new QuotesByOffset(List.of()).at(0));
  }

  @Test
  void ofOverlappingQuotesTheFirstInTheListWins() {
    Quote wide = quote(0, 100, "A");
    Quote inner = quote(40, 50, "B");
    assertSame(inner, new QuotesByOffset(List.of(inner, wide)).at(45));
    assertSame(wide, new QuotesByOffset(List.of(wide, inner)).at(45));
    assertSame(wide, new QuotesByOffset(List.of(inner, wide)).at(60));
  }

  @Test
  void agreesWithAScanOnRandomQuotes() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<Quote> quotes = new ArrayList<>();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        int start = random.nextInt(200);
        int end = start + 1 + random.nextInt(60);
        quotes.add(quote(start, end, random.nextInt(5) == 0 ? null : "S" + i));
      }
      QuotesByOffset index = new QuotesByOffset(quotes);
      for (int at = 0; at < 270; at++) {
        assertEquals(scanned(quotes, at), index.at(at), "round " + round + ", offset " + at);
      }
    }
  }
}
