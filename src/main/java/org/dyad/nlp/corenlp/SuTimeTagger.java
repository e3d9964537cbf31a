package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.nlp.TimeTagger;

/**
 * Stanford SUTime over a light pipeline (tokenize, ssplit, pos); returns SUTime's own TIMEX3 values
 * unchanged. Built once per JVM and thread-safe.
 */
public final class SuTimeTagger implements TimeTagger {

  private static volatile SuTimeTagger shared;

  private final AnnotationPipeline pipeline;

  private SuTimeTagger() {
    Properties props = new Properties();
    props.setProperty("sutime.includeRange", "false");
    props.setProperty("sutime.markTimeRanges", "false");
    props.setProperty("sutime.includeNested", "false");
    props.setProperty("sutime.teRelHeurLevel", "MORE");
    props.setProperty("sutime.verbose", "false");
    pipeline = new AnnotationPipeline();
    pipeline.addAnnotator(new TokenizerAnnotator(false, "en"));
    pipeline.addAnnotator(new WordsToSentencesAnnotator(false));
    pipeline.addAnnotator(new POSTaggerAnnotator(false));
    pipeline.addAnnotator(new TimeAnnotator("sutime", props));
  }

  /** The tagger shared by the whole JVM; loads the models on first use. */
  public static SuTimeTagger shared() {
    SuTimeTagger t = shared;
    if (t == null) {
      synchronized (SuTimeTagger.class) {
        t = shared;
        if (t == null) {
          t = new SuTimeTagger();
          shared = t;
        }
      }
    }
    return t;
  }

  @Override
  public List<TimeExpression> tag(String text, PartialDate documentDate) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    Annotation doc = new Annotation(text);
    if (documentDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.firstDay().toString());
    }
    pipeline.annotate(doc);
    List<TimeExpression> out = new ArrayList<>();
    List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return out;
    }
    for (CoreMap cm : timexes) {
      Timex timex = cm.get(TimeAnnotations.TimexAnnotation.class);
      Integer begin = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (timex == null || begin == null || end == null || timex.timexType() == null) {
        continue;
      }
      Span span = new Span(begin, end);
      String value = timex.value() != null ? timex.value() : timex.altVal();
      out.add(new TimeExpression(span, span.of(text), timex.timexType(), value));
    }
    return out;
  }
}
