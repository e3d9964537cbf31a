package org.dyad.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.model.Quote;

/**
 * An article's quotes that have a speaker, sorted by where they start, so that the quote holding an
 * offset is found by binary search rather than by a scan of every quote.
 */
final class QuotesByOffset {

  private final Quote[] byStart;

  /** Each quote's position in the list given, the first of overlapping quotes winning. */
  private final int[] order;

  /** The largest end of the quotes up to and including each one, in start order. */
  private final int[] maxEnd;

  /** The index of {@code quotes}, those without a speaker left out. */
  QuotesByOffset(List<Quote> quotes) {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      if (quotes.get(i).speaker() != null) {
        kept.add(i);
      }
    }
    kept.sort(Comparator.comparingInt(i -> quotes.get(i).span().start()));
    byStart = new Quote[kept.size()];
    order = new int[kept.size()];
    maxEnd = new int[kept.size()];
    for (int k = 0; k < kept.size(); k++) {
      byStart[k] = quotes.get(kept.get(k));
      order[k] = kept.get(k);
      int end = byStart[k].span().end();
      maxEnd[k] = k == 0 ? end : Math.max(maxEnd[k - 1], end);
    }
  }

  /**
   * The quote with a speaker whose span holds offset {@code at}, the first in the list's order when
   * several do; null when none does.
   */
  Quote at(int at) {
    int lo = 0;
    int hi = byStart.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byStart[mid].span().start() <= at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Quote found = null;
    int foundOrder = Integer.MAX_VALUE;
    for (int k = lo - 1; k >= 0 && maxEnd[k] > at; k--) {
      if (at < byStart[k].span().end() && order[k] < foundOrder) {
        found = byStart[k];
        foundOrder = order[k];
      }
    }
    return found;
  }
}
