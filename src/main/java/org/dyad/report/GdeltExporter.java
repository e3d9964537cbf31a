package org.dyad.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;

/**
 * Writes events in the column layout of the GDELT 2.0 event table (tab-separated, 61 columns) and
 * their mentions in that of the GDELT 2.0 mentions table (16 columns), so Dyad's output loads
 * wherever GDELT does. Columns Dyad cannot fill (geocoding, tone, religion and ethnic codes) are
 * empty; SQLDATE is left empty for events known only to the month or year (MonthYear and Year are
 * filled), never given an invented day. Only asserted events are written unless every modality is
 * asked for; an event's id is its row number in the events file, the same in both files.
 */
public final class GdeltExporter {

  static final List<String> COLUMNS =
      List.of(
          "GLOBALEVENTID",
          "SQLDATE",
          "MonthYear",
          "Year",
          "FractionDate",
          "Actor1Code",
          "Actor1Name",
          "Actor1CountryCode",
          "Actor1KnownGroupCode",
          "Actor1EthnicCode",
          "Actor1Religion1Code",
          "Actor1Religion2Code",
          "Actor1Type1Code",
          "Actor1Type2Code",
          "Actor1Type3Code",
          "Actor2Code",
          "Actor2Name",
          "Actor2CountryCode",
          "Actor2KnownGroupCode",
          "Actor2EthnicCode",
          "Actor2Religion1Code",
          "Actor2Religion2Code",
          "Actor2Type1Code",
          "Actor2Type2Code",
          "Actor2Type3Code",
          "IsRootEvent",
          "EventCode",
          "EventBaseCode",
          "EventRootCode",
          "QuadClass",
          "GoldsteinScale",
          "NumMentions",
          "NumSources",
          "NumArticles",
          "AvgTone",
          "Actor1Geo_Type",
          "Actor1Geo_FullName",
          "Actor1Geo_CountryCode",
          "Actor1Geo_ADM1Code",
          "Actor1Geo_ADM2Code",
          "Actor1Geo_Lat",
          "Actor1Geo_Long",
          "Actor1Geo_FeatureID",
          "Actor2Geo_Type",
          "Actor2Geo_FullName",
          "Actor2Geo_CountryCode",
          "Actor2Geo_ADM1Code",
          "Actor2Geo_ADM2Code",
          "Actor2Geo_Lat",
          "Actor2Geo_Long",
          "Actor2Geo_FeatureID",
          "ActionGeo_Type",
          "ActionGeo_FullName",
          "ActionGeo_CountryCode",
          "ActionGeo_ADM1Code",
          "ActionGeo_ADM2Code",
          "ActionGeo_Lat",
          "ActionGeo_Long",
          "ActionGeo_FeatureID",
          "DATEADDED",
          "SOURCEURL");

  /** The columns of the GDELT 2.0 mentions table. */
  static final List<String> MENTION_COLUMNS =
      List.of(
          "GLOBALEVENTID",
          "EventTimeDate",
          "MentionTimeDate",
          "MentionType",
          "MentionSourceName",
          "MentionIdentifier",
          "SentenceID",
          "Actor1CharOffset",
          "Actor2CharOffset",
          "ActionCharOffset",
          "InRawText",
          "Confidence",
          "MentionDocLen",
          "MentionDocTone",
          "MentionDocTranslationInfo",
          "Extras");

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  /**
   * What to write: every modality or only asserted events, and the time the rows are added (GDELT's
   * DATEADDED and EventTimeDate).
   */
  public record Options(boolean allModalities, Instant added) {
    public Options {
      if (added == null) {
        throw new IllegalArgumentException("added must not be null");
      }
    }

    /** Asserted events only, added now. */
    public static Options standard() {
      return new Options(false, Instant.now());
    }
  }

  private GdeltExporter() {}

  /**
   * Writes one row per asserted merged event; with {@code header}, a first line of column names.
   */
  public static void write(CorpusAnalysis analysis, Path out, boolean header) throws IOException {
    write(analysis, out, header, Options.standard());
  }

  /** Writes one row per merged event {@code options} keep; with {@code header}, column names. */
  public static void write(CorpusAnalysis analysis, Path out, boolean header, Options options)
      throws IOException {
    Map<String, Article> articles = articles(analysis);
    String added = STAMP.format(options.added());
    AtomicFiles.write(
        out,
        w -> {
          if (header) {
            w.write(String.join("\t", COLUMNS));
            w.write('\n');
          }
          int id = 1;
          for (Event e : exported(analysis, options)) {
            w.write(String.join("\t", row(id++, e, articles, added)));
            w.write('\n');
          }
        });
  }

  /**
   * Writes one row per mention of the events {@link #write(CorpusAnalysis, Path, boolean, Options)}
   * writes, with the same event ids.
   */
  public static void writeMentions(
      CorpusAnalysis analysis, Path out, boolean header, Options options) throws IOException {
    Map<String, AnnotatedArticle> annotated = new HashMap<>();
    for (AnnotatedArticle a : analysis.articles()) {
      annotated.putIfAbsent(a.article().id(), a);
    }
    String added = STAMP.format(options.added());
    AtomicFiles.write(
        out,
        w -> {
          if (header) {
            w.write(String.join("\t", MENTION_COLUMNS));
            w.write('\n');
          }
          int id = 1;
          for (Event e : exported(analysis, options)) {
            for (EventMention m : e.mentions()) {
              if (options.allModalities() || m.modality() == Modality.ASSERTED) {
                w.write(String.join("\t", mentionRow(id, m, annotated.get(m.articleId()), added)));
                w.write('\n');
              }
            }
            id++;
          }
        });
  }

  /** The events written: all, or those with an asserted mention. */
  static List<Event> exported(CorpusAnalysis analysis, Options options) {
    return analysis.events().stream()
        .filter(
            e ->
                options.allModalities()
                    || e.mentions().stream().anyMatch(m -> m.modality() == Modality.ASSERTED))
        .toList();
  }

  private static Map<String, Article> articles(CorpusAnalysis analysis) {
    Map<String, Article> articles = new HashMap<>();
    for (AnnotatedArticle a : analysis.articles()) {
      articles.putIfAbsent(a.article().id(), a.article());
    }
    return articles;
  }

  /** One mention's row of the mentions table. */
  static List<String> mentionRow(int id, EventMention m, AnnotatedArticle a, String added) {
    List<String> r = new ArrayList<>(MENTION_COLUMNS.size());
    Article article = a == null ? null : a.article();
    r.add(Integer.toString(id));
    r.add(added);
    var published = article == null ? null : article.published();
    r.add(
        published != null && published.day() != null
            ? String.format(
                    Locale.ROOT,
                    "%04d%02d%02d",
                    published.year(),
                    published.month(),
                    published.day())
                + "000000"
            : "");
    r.add("1");
    r.add(article == null ? "" : sourceName(article));
    r.add(article == null ? "" : clean(article.url() != null ? article.url() : article.source()));
    r.add(a == null ? "" : Integer.toString(sentenceId(a, m.trigger().start())));
    r.add(m.source() == null ? "-1" : Integer.toString(m.source().span().start()));
    r.add(m.target() == null ? "-1" : Integer.toString(m.target().span().start()));
    r.add(Integer.toString(m.trigger().start()));
    r.add("1");
    r.add(m.modality() == Modality.ASSERTED ? "100" : "50");
    r.add(article == null ? "" : Integer.toString(article.text().length()));
    r.add("");
    r.add("");
    r.add("");
    return r;
  }

  /** The 1-based number of the sentence holding {@code offset}, as GDELT counts them. */
  private static int sentenceId(AnnotatedArticle a, int offset) {
    for (var s : a.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.index() + 1;
      }
    }
    return 1;
  }

  /** GDELT names a mention's source by its web domain; without an address, by its outlet. */
  private static String sourceName(Article a) {
    if (a.url() != null) {
      try {
        String host = java.net.URI.create(a.url()).getHost();
        if (host != null) {
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // not a usable address; fall back to the outlet
      }
    }
    return clean(a.outlet() != null ? a.outlet() : a.source());
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }

  /**
   * One event's row; {@code articles} holds the corpus's articles by id, {@code added} the time the
   * row is added (YYYYMMDDHHMMSS).
   */
  static List<String> row(int id, Event e, Map<String, Article> articles, String added) {
    List<String> r = new ArrayList<>(COLUMNS.size());
    var d = e.date();
    r.add(Integer.toString(id));
    r.add(
        d != null && d.day() != null
            ? String.format("%04d%02d%02d", d.year(), d.month(), d.day())
            : "");
    r.add(d != null && d.month() != null ? String.format("%04d%02d", d.year(), d.month()) : "");
    r.add(d == null ? "" : Integer.toString(d.year()));
    r.add(
        d == null
            ? ""
            : String.format(
                java.util.Locale.ROOT,
                "%.4f",
                d.year() + (d.firstDay().getDayOfYear() - 1) / 365.0));
    actor(r, e.source());
    actor(r, e.target());
    r.add(isRoot(e, articles) ? "1" : "0");
    String code = e.cameo();
    r.add(code);
    r.add(code.length() > 3 ? code.substring(0, 3) : code);
    r.add(code.substring(0, 2));
    int root = Integer.parseInt(code.substring(0, 2));
    r.add(Integer.toString(root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4));
    r.add(String.format(java.util.Locale.ROOT, "%.1f", e.goldstein()));
    Set<String> reporting = new HashSet<>();
    Set<String> sources = new HashSet<>();
    for (EventMention m : e.mentions()) {
      reporting.add(m.articleId());
      sources.add(outletOf(articles, m.articleId()));
    }
    r.add(Integer.toString(e.mentions().size()));
    r.add(Integer.toString(sources.size()));
    r.add(Integer.toString(reporting.size()));
    r.add("");
    for (int i = 0; i < 24; i++) {
      r.add("");
    }
    r.add(added);
    r.add(clean(sourceOf(articles, e.mentions().get(0).articleId())));
    return r;
  }

  /**
   * GDELT's IsRootEvent: the event is told in a lead paragraph (a mention in the first two lines of
   * its article, headline or lede).
   */
  private static boolean isRoot(Event e, Map<String, Article> articles) {
    for (EventMention m : e.mentions()) {
      Article a = articles.get(m.articleId());
      if (a == null) {
        continue;
      }
      String text = a.text();
      int first = text.indexOf('\n');
      int second = first < 0 ? text.length() : text.indexOf('\n', first + 1);
      int lead = second < 0 ? text.length() : second;
      if (m.span().start() < lead) {
        return true;
      }
    }
    return false;
  }

  private static void actor(List<String> r, Actor a) {
    String country = a == null || a.country() == null ? "" : a.country();
    String role = a == null || a.role() == null ? "" : a.role();
    r.add(a == null || a.code() == null ? "" : a.code());
    r.add(a == null ? "" : a.name().replace('\t', ' ').toUpperCase(java.util.Locale.ROOT));
    r.add(country);
    r.add("");
    r.add("");
    r.add("");
    r.add("");
    r.add(role);
    r.add("");
    r.add("");
  }

  private static String outletOf(Map<String, Article> articles, String articleId) {
    Article a = articles.get(articleId);
    if (a == null) {
      return articleId;
    }
    return a.outlet() != null ? a.outlet() : a.source();
  }

  private static String sourceOf(Map<String, Article> articles, String articleId) {
    Article a = articles.get(articleId);
    if (a == null) {
      return "";
    }
    return a.url() != null ? a.url() : a.source();
  }
}
