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
import org.dyad.nlp.ParseScope;
import org.dyad.nlp.RelativeOffsets;
import org.dyad.nlp.TimexNormalizer;

/**
 * Dyad's annotator over Stanford CoreNLP: sentences, tokens, lemmas, POS, coarse NER, SUTime time
 * expressions and enhanced++ dependencies, the last on every sentence or, for speed, only on the
 * sentences that an extractor can use (see {@link #parsingOnly(ParseScope)}).
 */
public final class CoreNlpAnnotator implements Annotator {

  /** Version of this stage's configuration; bump when the output can change. */
  public static final String VERSION = "corenlp-4.5.10/fast-8";

  private static volatile CoreNlpAnnotator shared;
  private static final TimexNormalizer NORMALIZER = new TimexNormalizer();

  private final StanfordCoreNLP pipeline;
  private final DependencyParser parser;
  private final int parseMaxLength;
  private final ParseScope scope;
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
    this.scope = null;
    this.provenance = provenance;
  }

  private CoreNlpAnnotator(CoreNlpAnnotator full, ParseScope scope) {
    this.pipeline = full.pipeline;
    this.parser = full.parser;
    this.parseMaxLength = full.parseMaxLength;
    this.scope = scope;
    this.provenance =
        new Provenance(full.provenance.stage(), full.provenance.version() + "/selective-parse");
  }

  /**
   * This annotator sharing its models, but running the dependency parser only on the sentences in
   * {@code scope} (and those with a quotation mark): the others keep no dependencies. Parsing is
   * the costliest step, and an extractor that looks for trigger words needs no parse where there
   * are none.
   */
  public CoreNlpAnnotator parsingOnly(ParseScope scope) {
    if (scope == null) {
      throw new IllegalArgumentException("scope must not be null");
    }
    if (parser == null) {
      throw new IllegalStateException("this pipeline parses as part of CoreNLP's own annotators");
    }
    return new CoreNlpAnnotator(this, scope);
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

  /**
   * Longest text CoreNLP annotates as one document. A longer one is annotated in parts cut at line
   * breaks (which are sentence breaks already), so that CoreNLP's memory stays bounded and the time
   * grows with the length of the text; a whole CoreNLP document of megabytes costs far more.
   */
  static final int PART_CHARS = 50_000;

  @Override
  public AnnotatedArticle annotate(Article article) {
    return annotate(article, PART_CHARS);
  }

  /** Annotates in parts of at most {@code partChars} characters. */
  AnnotatedArticle annotate(Article article, int partChars) {
    String text = article.text();
    if (text.length() <= partChars) {
      return annotateWhole(article);
    }
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> timexes = new ArrayList<>();
    for (int from = 0; from < text.length(); ) {
      int to = LongTexts.partEnd(text, from, partChars);
      Article part =
          new Article(
              article.id(),
              article.source(),
              article.url(),
              article.title(),
              article.outlet(),
              article.author(),
              article.published(),
              article.publishedInferred(),
              article.language(),
              text.substring(from, to));
      AnnotatedArticle a = annotateWhole(part);
      for (Sentence s : a.sentences()) {
        sentences.add(LongTexts.shift(s, sentences.size(), from));
      }
      for (EntityMention e : a.entities()) {
        entities.add(
            new EntityMention(LongTexts.shift(e.span(), from), e.text(), e.type(), e.normalized()));
      }
      for (TimeExpression t : a.timexes()) {
        timexes.add(
            new TimeExpression(LongTexts.shift(t.span(), from), t.text(), t.type(), t.value()));
      }
      from = to;
    }
    return new AnnotatedArticle(article, sentences, entities, timexes, List.of(provenance));
  }

  private AnnotatedArticle annotateWhole(Article article) {
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
      if (scope == null || worthParsing(s, text)) {
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

  /** Proper nouns that are also event nouns ("March", "May") but name a month or day here. */
  private static final Set<String> CALENDAR_NAMES =
      Set.of("march", "may", "june", "august", "sunday", "monday", "friday", "saturday");

  private boolean worthParsing(CoreMap sentence, String text) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (scope.phrases() != null
        && scope
            .phrases()
            .matcher(
                text.substring(
                    sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)))
            .find()) {
      return true;
    }
    Set<String> words = new java.util.HashSet<>();
    List<String> keys = new ArrayList<>();
    for (CoreLabel t : tokens) {
      String w = t.word();
      if (w.equals("``") || w.equals("''") || w.indexOf('"') >= 0 || w.indexOf('\u201c') >= 0) {
        return true;
      }
      String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(java.util.Locale.ROOT);
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      String tag = t.tag() == null ? "" : t.tag();
      words.add(lemma);
      words.add(lower);
      keys.add(lemma);
      keys.add(lower);
      if (tag.startsWith("VB")) {
        keys.add("V:" + lemma);
      } else if (tag.equals("NN")
          || tag.equals("NNS")
          || (tag.startsWith("NNP") && !CALENDAR_NAMES.contains(lower))) {
        keys.add("N:" + lemma);
      }
    }
    return scope.covers(keys, words);
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
