package org.dyad.nlp;

import java.util.List;
import org.dyad.model.PartialDate;
import org.dyad.model.TimeExpression;

/** Finds time expressions in a text and normalises them to TIMEX3 values; thread-safe. */
public interface TimeTagger {

  /**
   * Tags {@code text}; relative expressions are resolved against {@code documentDate}, which may be
   * null when unknown. Spans index into {@code text} and do not overlap.
   */
  List<TimeExpression> tag(String text, PartialDate documentDate);
}
