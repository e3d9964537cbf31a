package org.dyad.nlp;

import java.util.List;
import org.dyad.model.PartialDate;
import org.dyad.model.TimeExpression;

/** A stage that finds time expressions and normalises them against a document date. */
public interface TimeTagger {

  /**
   * The time expressions of {@code text} in order, with TIMEX3 types and values.
   *
   * @param documentDate the date relative expressions resolve against, or null
   */
  List<TimeExpression> tag(String text, PartialDate documentDate);
}
