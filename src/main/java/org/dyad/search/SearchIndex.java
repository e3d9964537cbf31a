package org.dyad.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Quote;
import org.dyad.model.Span;

/**
 * A Lucene full-text index of a corpus: each article (title, outlet, text), each quote (its words
 * and speaker) and each event mention (its clause and actors), keyed by article id and span, so
 * that hits survive re-analysis. It is updated incrementally: an article is re-indexed only when
 * its text or what was extracted from it changed, and articles gone from the corpus are removed.
 */
public final class SearchIndex implements AutoCloseable {

  /** What a hit is. */
  public enum Kind {
    ARTICLE,
    QUOTE,
    MENTION;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One hit.
   *
   * @param span where the hit lies in its article: the quote or mention, or the snippet of an
   *     article
   * @param text the words at {@code span}
   * @param matches where the query's words are in {@code text}, as offsets into {@code text}
   * @param mention for a mention, which of the mentions at {@code span} it is ({@link
   *     #mentionKey}), else null
   */
  public record Hit(
      Kind kind,
      String articleId,
      Span span,
      float score,
      String text,
      List<Span> matches,
      String mention) {
    public Hit {
      matches = List.copyOf(matches);
    }
  }

  /**
   * What tells apart event mentions that share a span (one clause coded as two events): their code
   * and trigger.
   */
  public static String mentionKey(EventMention m) {
    return m.cameo() + "|" + m.trigger().start() + "-" + m.trigger().end();
  }

  /** How many characters an article's snippet holds. */
  static final int SNIPPET = 240;

  private final Directory directory;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private SearchIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.writer =
        new IndexWriter(
            directory,
            new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    this.writer.commit();
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens (creating if needed) the index in {@code dir}, which this process then holds.
   *
   * @throws IOException when it cannot be opened, such as when another process holds it
   */
  public static SearchIndex open(Path dir) throws IOException {
    if (dir == null) {
      throw new IllegalArgumentException("dir must not be null");
    }
    return new SearchIndex(FSDirectory.open(dir));
  }

  /** An index kept in memory only. */
  public static SearchIndex inMemory() {
    try {
      return new SearchIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new IllegalStateException("a memory index cannot fail to open", e);
    }
  }

  /**
   * Brings the index up to the analysis: articles whose text or extracted quotes and mentions
   * changed are re-indexed, articles no longer in it removed.
   *
   * @return how many articles were (re)indexed
   */
  public synchronized int update(CorpusAnalysis analysis) throws IOException {
    if (analysis == null) {
      throw new IllegalArgumentException("analysis must not be null");
    }
    Map<String, String> indexed = fingerprints();
    Map<String, List<Quote>> quotes = new HashMap<>();
    for (Quote q : analysis.quotes()) {
      quotes.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
    }
    Map<String, List<MentionOf>> mentions = new HashMap<>();
    for (Event e : analysis.events()) {
      for (EventMention m : e.mentions()) {
        mentions.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(new MentionOf(e, m));
      }
    }
    Set<String> present = new HashSet<>();
    int changed = 0;
    for (AnnotatedArticle an : analysis.articles()) {
      Article a = an.article();
      if (!present.add(a.id())) {
        continue;
      }
      List<Quote> qs = quotes.getOrDefault(a.id(), List.of());
      List<MentionOf> ms = mentions.getOrDefault(a.id(), List.of());
      String fp = fingerprint(a, qs, ms);
      if (fp.equals(indexed.get(a.id()))) {
        continue;
      }
      writer.deleteDocuments(new Term("article", a.id()));
      writer.addDocuments(documents(a, qs, ms, fp));
      changed++;
    }
    for (String id : indexed.keySet()) {
      if (!present.contains(id)) {
        writer.deleteDocuments(new Term("article", id));
        changed++;
      }
    }
    if (changed > 0) {
      writer.commit();
      searchers.maybeRefreshBlocking();
    }
    return changed;
  }

  private record MentionOf(Event event, EventMention mention) {}

  private Map<String, String> fingerprints() throws IOException {
    Map<String, String> out = new HashMap<>();
    IndexSearcher s = searchers.acquire();
    try {
      var top = s.search(new TermQuery(new Term("kind", Kind.ARTICLE.key())), Integer.MAX_VALUE);
      var stored = s.storedFields();
      for (ScoreDoc d : top.scoreDocs) {
        Document doc = stored.document(d.doc);
        out.put(doc.get("article"), doc.get("fp"));
      }
    } finally {
      searchers.release(s);
    }
    return out;
  }

  private static List<Document> documents(
      Article a, List<Quote> quotes, List<MentionOf> mentions, String fp) {
    List<Document> docs = new ArrayList<>();
    Document d = base(Kind.ARTICLE, a.id(), new Span(0, a.text().length()));
    d.add(new TextField("title", a.title() == null ? "" : a.title(), Field.Store.YES));
    d.add(new TextField("text", a.text(), Field.Store.YES));
    d.add(new TextField("who", nonNull(a.outlet()) + " " + nonNull(a.author()), Field.Store.NO));
    d.add(new StoredField("fp", fp));
    docs.add(d);
    for (Quote q : quotes) {
      Document qd = base(Kind.QUOTE, a.id(), q.span());
      qd.add(new TextField("text", q.text(), Field.Store.YES));
      qd.add(new TextField("who", names(q.speaker()) + " " + nonNull(a.outlet()), Field.Store.NO));
      docs.add(qd);
    }
    for (MentionOf mo : mentions) {
      EventMention m = mo.mention();
      Document md = base(Kind.MENTION, a.id(), m.span());
      md.add(new StoredField("mention", mentionKey(m)));
      md.add(new TextField("text", m.span().of(a.text()), Field.Store.YES));
      md.add(
          new TextField(
              "who",
              names(mo.event().source())
                  + " "
                  + names(mo.event().target())
                  + " "
                  + nonNull(a.outlet()),
              Field.Store.NO));
      docs.add(md);
    }
    return docs;
  }

  private static Document base(Kind kind, String articleId, Span span) {
    Document d = new Document();
    d.add(new StringField("kind", kind.key(), Field.Store.YES));
    d.add(new StringField("article", articleId, Field.Store.YES));
    d.add(new StoredField("start", span.start()));
    d.add(new StoredField("end", span.end()));
    return d;
  }

  private static String names(Actor a) {
    return a == null ? "" : a.name() + " " + nonNull(a.country());
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /** What an article's documents depend on: its text and what was extracted from it. */
  static String fingerprint(Article a, List<Quote> quotes, List<MentionOf> mentions) {
    StringBuilder b = new StringBuilder();
    b.append(a.id()).append('|').append(a.title()).append('|').append(a.outlet()).append('|');
    b.append(a.author()).append('|').append(a.text());
    for (Quote q : quotes) {
      b.append("|q").append(q.span()).append(names(q.speaker()));
    }
    for (MentionOf m : mentions) {
      b.append("|m")
          .append(m.mention().span())
          .append(mentionKey(m.mention()))
          .append(names(m.event().source()))
          .append(names(m.event().target()));
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * The best hits for {@code query} (words, "phrases", -excluded, prefix*; every word must match)
   * among documents of {@code kinds}, at most {@code limit}; none for a blank query.
   */
  public List<Hit> search(String query, Set<Kind> kinds, int limit) throws IOException {
    if (kinds == null || kinds.isEmpty() || limit < 1) {
      throw new IllegalArgumentException("kinds must not be empty and limit >= 1: " + limit);
    }
    if (query == null || query.isBlank()) {
      return List.of();
    }
    SimpleQueryParser parser =
        new SimpleQueryParser(analyzer, Map.of("text", 1f, "title", 2f, "who", 1.5f));
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query text = parser.parse(query.strip());
    if (text == null) {
      return List.of();
    }
    BooleanQuery.Builder kind = new BooleanQuery.Builder();
    for (Kind k : kinds) {
      kind.add(new TermQuery(new Term("kind", k.key())), BooleanClause.Occur.SHOULD);
    }
    Query q =
        new BooleanQuery.Builder()
            .add(text, BooleanClause.Occur.MUST)
            .add(kind.build(), BooleanClause.Occur.FILTER)
            .build();
    Set<String> terms = terms(query);
    List<Hit> hits = new ArrayList<>();
    IndexSearcher s = searchers.acquire();
    try {
      var stored = s.storedFields();
      for (ScoreDoc sd : s.search(q, limit).scoreDocs) {
        Document d = stored.document(sd.doc);
        Kind k = Kind.valueOf(d.get("kind").toUpperCase(Locale.ROOT));
        int start = d.getField("start").numericValue().intValue();
        int end = d.getField("end").numericValue().intValue();
        String body = d.get("text");
        List<Span> found = matches(body, terms);
        if (k == Kind.ARTICLE) {
          int at = found.isEmpty() ? 0 : Math.max(0, found.get(0).start() - SNIPPET / 3);
          at = wordStart(body, at);
          int to = Math.min(body.length(), at + SNIPPET);
          List<Span> inside = new ArrayList<>();
          for (Span m : found) {
            if (m.start() >= at && m.end() <= to) {
              inside.add(new Span(m.start() - at, m.end() - at));
            }
          }
          hits.add(
              new Hit(
                  k,
                  d.get("article"),
                  new Span(at, to),
                  sd.score,
                  body.substring(at, to),
                  inside,
                  null));
        } else {
          hits.add(
              new Hit(
                  k,
                  d.get("article"),
                  new Span(start, end),
                  sd.score,
                  body,
                  found,
                  d.get("mention")));
        }
      }
    } finally {
      searchers.release(s);
    }
    return hits;
  }

  private static int wordStart(String s, int at) {
    int i = at;
    while (i > 0 && i < s.length() && !Character.isWhitespace(s.charAt(i - 1)) && at - i < 20) {
      i--;
    }
    return i;
  }

  /** The analysed words of a query (stems), prefixes marked with a trailing '*'. */
  private Set<String> terms(String query) throws IOException {
    Set<String> out = new HashSet<>();
    for (String word : query.split("[^\\p{L}\\p{N}*]+")) {
      if (word.isBlank() || word.startsWith("-")) {
        continue;
      }
      if (word.endsWith("*")) {
        out.add(word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT) + "*");
        continue;
      }
      try (TokenStream ts = analyzer.tokenStream("text", word)) {
        CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          out.add(t.toString());
        }
        ts.end();
      }
    }
    return out;
  }

  /** Where words whose analysed form is one of {@code terms} stand in {@code text}. */
  private List<Span> matches(String text, Set<String> terms) throws IOException {
    List<Span> out = new ArrayList<>();
    if (terms.isEmpty()) {
      return out;
    }
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String term = t.toString();
        boolean hit = terms.contains(term);
        for (String p : terms) {
          hit |= p.endsWith("*") && term.startsWith(p.substring(0, p.length() - 1));
        }
        if (hit) {
          out.add(new Span(o.startOffset(), o.endOffset()));
        }
      }
      ts.end();
    }
    return out;
  }

  /** How many articles the index holds. */
  public int articles() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(new TermQuery(new Term("kind", Kind.ARTICLE.key())));
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      searchers.close();
      writer.close();
    } finally {
      directory.close();
      analyzer.close();
    }
  }
}
