package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.RelativeOffsets;
import org.dyad.nlp.TimexNormalizer;

/**
 * Dyad's annotator over Stanford CoreNLP: sentences, tokens, lemmas, POS, coarse NER, SUTime time
 * expressions and enhanced++ dependencies, the last on every sentence or, for speed, only on the
 * sentences that hold one of a given set of lemmas or a quotation mark (see {@link
 * #parsingOnly(Set)}).
 */
public final class CoreNlpAnnotator implements Annotator {

  /** Version of this stage's configuration; bump when the output can change. */
  public static final String VERSION = "corenlp-4.5.10/fast-8";

  private static volatile CoreNlpAnnotator shared;
  private static final TimexNormalizer NORMALIZER = new TimexNormalizer();

  private final StanfordCoreNLP pipeline;
  private final DependencyParser parser;
  private final int parseMaxLength;
  private final Set<String> parseLemmas;
  private final java.util.regex.Pattern parsePhrases;
  private final Provenance provenance;

  private CoreNlpAnnotator(Properties props, Provenance provenance) {
    this.pipeline = new StanfordCoreNLP(props);
    String depparse = props.getProperty("dyad.depparse");
    this.parser =
        depparse == null
            ? null
            : DependencyParser.loadFromModelFile(
                props.getProperty("depparse.model", DependencyParser.DEFAULT_MODEL),
                new Properties());
    this.parseMaxLength = Integer.parseInt(props.getProperty("depparse.maxlen", "150"));
    this.parseLemmas = null;
    this.parsePhrases = null;
    this.provenance = provenance;
  }

  private CoreNlpAnnotator(
      CoreNlpAnnotator full, Set<String> parseLemmas, java.util.regex.Pattern phrases) {
    this.pipeline = full.pipeline;
    this.parser = full.parser;
    this.parseMaxLength = full.parseMaxLength;
    this.parseLemmas = Set.copyOf(parseLemmas);
    this.parsePhrases = phrases;
    this.provenance =
        new Provenance(full.provenance.stage(), full.provenance.version() + "/selective-parse");
  }

  /**
   * This annotator sharing its models, but running the dependency parser only on sentences that
   * contain one of {@code lemmas} (as lemma or word; {@code V:lemma} and {@code N:lemma} only as a
   * verb or a noun), a quotation mark or a match of {@code phrases}: the others keep no
   * dependencies. Parsing is the costliest step, and an extractor that looks for trigger words
   * needs no parse where there are none.
   *
   * @param phrases matched against each sentence's text, or null
   */
  public CoreNlpAnnotator parsingOnly(Set<String> lemmas, java.util.regex.Pattern phrases) {
    if (lemmas == null || lemmas.isEmpty()) {
      throw new IllegalArgumentException("lemmas must not be empty: " + lemmas);
    }
    if (parser == null) {
      throw new IllegalStateException("this pipeline parses as part of CoreNLP's own annotators");
    }
    return new CoreNlpAnnotator(this, lemmas, phrases);
  }

  /** The JVM-wide fast annotator; CoreNLP's models load once, on first use. */
  public static CoreNlpAnnotator shared() {
    CoreNlpAnnotator a = shared;
    if (a == null) {
      synchronized (CoreNlpAnnotator.class) {
        a = shared;
        if (a == null) {
          a = new CoreNlpAnnotator(fastProperties(), new Provenance("nlp.corenlp", VERSION));
          shared = a;
        }
      }
    }
    return a;
  }

  /**
   * A plain CoreNLP pipeline {@code tokenize,ssplit,pos,lemma,ner,depparse} with default settings,
   * the baseline Dyad's benchmark compares against.
   */
  public static CoreNlpAnnotator plainBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    return new CoreNlpAnnotator(p, new Provenance("nlp.corenlp.plain", "corenlp-4.5.10/default"));
  }

  /**
   * The configuration chosen for speed: one coarse 3-class NER model instead of three plus the
   * fine-grained regex NER (Dyad's gazetteer supplies countries, nationalities and titles), SUTime
   * kept for dates, and newlines treated as sentence breaks since ingest keeps one paragraph per
   * line.
   */
  static Properties fastProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,sutime");
    p.setProperty("dyad.depparse", "true");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("customAnnotatorClass.sutime", SelectiveTimeAnnotator.class.getName());
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("pos.maxlen", "150");
    p.setProperty("depparse.maxlen", "150");
    return p;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Annotation doc = new Annotation(article.text());
    if (article.published() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, docDate(article));
    }
    pipeline.annotate(doc);
    if (parser != null) {
      parse(doc);
    }
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> timexes = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(sentence(sentences.size(), s));
      List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions == null) {
        continue;
      }
      for (CoreMap m : mentions) {
        Span span =
            new Span(
                m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        String text = span.of(article.text());
        if (text.isBlank()) {
          continue;
        }
        String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (onlyPronouns(m)) {
          continue;
        }
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null) {
          if (doc.get(TimeAnnotations.TimexAnnotations.class) == null) {
            timexes.add(new TimeExpression(span, text, timex.timexType(), timex.value()));
          }
        } else {
          EntityType type = entityType(ner);
          if (type != null) {
            entities.add(new EntityMention(span, text, type, null));
          }
        }
      }
    }
    List<TimeExpression> standalone = Timexes.of(doc, article.text());
    if (standalone != null) {
      timexes.addAll(
          NORMALIZER.normalize(
              article.text(),
              RelativeOffsets.add(standalone, article.text()),
              article.published()));
    }
    return new AnnotatedArticle(article, sentences, entities, timexes, List.of(provenance));
  }

  private void parse(Annotation doc) {
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> selected = new ArrayList<>();
    for (CoreMap s : all) {
      if (parseLemmas == null || worthParsing(s, text)) {
        selected.add(s);
      }
    }
    for (CoreMap sentence : selected) {
      if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() > parseMaxLength) {
        continue;
      }
      GrammaticalStructure gs = parser.predict(sentence);
      sentence.set(
          SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(
              gs,
              SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
              GrammaticalStructure.Extras.NONE,
              null));
    }
  }

  private boolean worthParsing(CoreMap sentence, String text) {
    if (parsePhrases != null
        && parsePhrases
            .matcher(
                text.substring(
                    sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)))
            .find()) {
      return true;
    }
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(java.util.Locale.ROOT);
      String w = t.word();
      String tag = t.tag() == null ? "" : t.tag();
      String pos = tag.startsWith("VB") ? "V:" : tag.startsWith("NN") ? "N:" : "";
      if (parseLemmas.contains(lemma)
          || parseLemmas.contains(w.toLowerCase(java.util.Locale.ROOT))
          || (!pos.isEmpty() && parseLemmas.contains(pos + lemma))) {
        return true;
      }
      if (w.equals("``") || w.equals("''") || w.indexOf('"') >= 0 || w.indexOf('\u201c') >= 0) {
        return true;
      }
    }
    return false;
  }

  /** CoreNLP's entity mentions include pronouns ("he", "his"); Dyad keeps names only. */
  private static boolean onlyPronouns(CoreMap mention) {
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null || tokens.isEmpty()) {
      return false;
    }
    for (CoreLabel t : tokens) {
      String tag = t.tag();
      if (tag == null || !(tag.startsWith("PRP") || tag.startsWith("WP"))) {
        return false;
      }
    }
    return true;
  }

  /** The document date in the form SUTime expects: the most precise ISO date known. */
  private static String docDate(Article article) {
    var d = article.published();
    return switch (d.precision()) {
      case DAY -> d.toString();
      case MONTH -> d + "-01";
      case YEAR -> d.year() + "-01-01";
    };
  }

  private static EntityType entityType(String ner) {
    if (ner == null) {
      return null;
    }
    return switch (ner) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      case "COUNTRY" -> EntityType.COUNTRY;
      case "NATIONALITY" -> EntityType.NATIONALITY;
      case "TITLE" -> EntityType.TITLE;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }

  private static Sentence sentence(int index, CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel t = labels.get(i);
      tokens.add(
          new Token(
              i,
              new Span(t.beginPosition(), t.endPosition()),
              t.word(),
              t.lemma(),
              t.tag(),
              t.ner() == null ? "O" : t.ner()));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph g =
        s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (g != null) {
      for (IndexedWord root : g.getRoots()) {
        deps.add(new Dependency("root", -1, root.index() - 1));
      }
      for (SemanticGraphEdge e : g.edgeIterable()) {
        deps.add(
            new Dependency(
                e.getRelation().toString(),
                e.getGovernor().index() - 1,
                e.getDependent().index() - 1));
      }
    }
    Span span =
        new Span(
            s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    return new Sentence(index, span, tokens, deps);
  }
}
