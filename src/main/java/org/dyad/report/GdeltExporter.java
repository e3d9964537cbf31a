package org.dyad.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.EventMention;

/**
 * Writes events in the column layout of the GDELT 2.0 event table (tab-separated, 61 columns), so
 * Dyad's output loads wherever GDELT does. Columns Dyad cannot fill (geocoding, tone, religion and
 * ethnic codes) are empty; SQLDATE is left empty for events known only to the month or year.
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

  private GdeltExporter() {}

  /** Writes one row per merged event; with {@code header}, a first line of column names. */
  public static void write(CorpusAnalysis analysis, Path out, boolean header) throws IOException {
    AtomicFiles.write(
        out,
        w -> {
          if (header) {
            w.write(String.join("\t", COLUMNS));
            w.write('\n');
          }
          Map<String, Article> articles = new HashMap<>();
          for (AnnotatedArticle a : analysis.articles()) {
            articles.putIfAbsent(a.article().id(), a.article());
          }
          int id = 1;
          for (Event e : analysis.events()) {
            w.write(String.join("\t", row(id++, e, articles)));
            w.write('\n');
          }
        });
  }

  /** One event's row; {@code articles} holds the corpus's articles by id. */
  static List<String> row(int id, Event e, Map<String, Article> articles) {
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
    r.add("1");
    String code = e.cameo();
    r.add(code);
    r.add(code.length() > 3 ? code.substring(0, 3) : code);
    r.add(code.substring(0, 2));
    int root = Integer.parseInt(code.substring(0, 2));
    r.add(Integer.toString(root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4));
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
    r.add(d == null ? "" : r.get(1));
    r.add(sourceOf(articles, e.mentions().get(0).articleId()));
    return r;
  }

  private static void actor(List<String> r, Actor a) {
    String country = a == null || a.country() == null ? "" : a.country();
    String role = a == null || a.role() == null ? "" : a.role();
    r.add(country + role);
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
