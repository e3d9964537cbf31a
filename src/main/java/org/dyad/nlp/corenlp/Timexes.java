package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/** Reads the time expressions SUTime's annotator left on a document. */
final class Timexes {

  private Timexes() {}

  /** The document's TIMEX3 expressions, or null when SUTime did not run on its own. */
  static List<TimeExpression> of(Annotation doc, String text) {
    List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return null;
    }
    List<TimeExpression> out = new ArrayList<>();
    for (CoreMap t : timexes) {
      Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
      Span span =
          new Span(
              t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      if (timex != null && timex.timexType() != null && span.length() > 0) {
        out.add(new TimeExpression(span, span.of(text), timex.timexType(), timex.value()));
      }
    }
    return out;
  }
}
