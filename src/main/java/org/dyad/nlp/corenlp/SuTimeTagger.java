package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.dyad.model.PartialDate;
import org.dyad.model.TimeExpression;
import org.dyad.nlp.TimeTagger;
import org.dyad.nlp.TimexNormalizer;

/** Time expressions from SUTime over a light pipeline (tokens, sentences, POS, lemmas). */
public final class SuTimeTagger implements TimeTagger {

  private static volatile SuTimeTagger shared;
  private final StanfordCoreNLP pipeline;

  private SuTimeTagger() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,sutime");
    p.setProperty("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    pipeline = new StanfordCoreNLP(p);
  }

  /** The JVM-wide tagger; its models load once. */
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
    Annotation doc = new Annotation(text);
    if (documentDate != null) {
      doc.set(
          CoreAnnotations.DocDateAnnotation.class,
          documentDate.precision() == PartialDate.Precision.DAY
              ? documentDate.toString()
              : documentDate.firstDay().toString());
    }
    pipeline.annotate(doc);
    List<TimeExpression> out = Timexes.of(doc, text);
    if (out == null) {
      return List.of();
    }
    return TimexNormalizer.normalize(out, text, documentDate);
  }
}
