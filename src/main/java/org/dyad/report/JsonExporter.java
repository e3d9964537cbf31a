package org.dyad.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.compare.TensionIndex;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Claim;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Corrections;
import org.dyad.model.CrisisPhase;
import org.dyad.model.Divergence;
import org.dyad.model.Edit;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.PairAnalysis;
import org.dyad.model.Perspective;
import org.dyad.model.Quote;
import org.dyad.model.TensionPoint;
import org.dyad.model.TimeExpression;

/** Writes a corpus analysis in Dyad's JSON export format, version 1 (see FORMAT.md). */
public final class JsonExporter {

  public static final int FORMAT_VERSION = 1;
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonExporter() {}

  /**
   * Writes the export to {@code out} as pretty-printed UTF-8, atomically: a crash never leaves half
   * a file, and an existing file is replaced only once the new one is complete.
   */
  public static void write(CorpusAnalysis analysis, Path out) throws IOException {
    requireAnalysis(analysis);
    AtomicFiles.write(out, w -> write(analysis, w));
  }

  /** The export as a string, exactly as {@link #write(CorpusAnalysis, Path)} writes it. */
  public static String toJson(CorpusAnalysis analysis) {
    requireAnalysis(analysis);
    StringWriter w = new StringWriter();
    try {
      write(analysis, w);
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    return w.toString();
  }

  private static void requireAnalysis(CorpusAnalysis analysis) {
    if (analysis == null) {
      throw new IllegalArgumentException("analysis must not be null");
    }
  }

  private static void write(CorpusAnalysis analysis, Writer w) throws IOException {
    ExportIds ids = new ExportIds(analysis.articles());
    Map<String, String> texts = new java.util.HashMap<>();
    for (AnnotatedArticle a : analysis.articles()) {
      texts.putIfAbsent(a.article().id(), a.article().text());
    }
    Headlines headlines = new Headlines(analysis.articles());
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("dyad_export", FORMAT_VERSION);
      g.writeArrayFieldStart("articles");
      for (AnnotatedArticle a : analysis.articles()) {
        article(g, ids, a, analysis.perspectives(), analysis.corrections());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("events");
      for (Event e : analysis.events()) {
        event(g, ids, e, texts, headlines, analysis.corrections());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("quotes");
      for (Quote q : analysis.quotes()) {
        quote(g, ids, q, analysis.corrections());
      }
      g.writeEndArray();
      divergences(g, ids, analysis.divergences());
      List<String> pair = analysis.pair();
      tension(g, "tension", analysis.tension());
      tension(
          g,
          "tension_weekly",
          TensionIndex.series(
              analysis.events(), pair, analysis.perspectives(), TensionIndex.Period.WEEK));
      phases(g, analysis.tension(), analysis.events());
      strings(g, "pair", pair);
      g.writeArrayFieldStart("pairs");
      for (PairAnalysis p : analysis.pairs()) {
        pair(g, ids, p, analysis);
      }
      g.writeEndArray();
      if (!analysis.corrections().edits().isEmpty()) {
        edits(g, analysis.corrections());
      }
      g.writeEndObject();
    }
  }

  /** One pair's results: every article's perspective on it, its divergences, tension, phases. */
  private static void pair(JsonGenerator g, ExportIds ids, PairAnalysis p, CorpusAnalysis analysis)
      throws IOException {
    g.writeStartObject();
    strings(g, "pair", p.pair());
    long between =
        analysis.events().stream()
            .filter(
                e ->
                    e.source() != null
                        && e.target() != null
                        && e.source().country() != null
                        && e.target().country() != null
                        && !e.source().country().equals(e.target().country())
                        && p.pair().contains(e.source().country())
                        && p.pair().contains(e.target().country()))
            .count();
    g.writeNumberField("events", between);
    g.writeArrayFieldStart("articles");
    for (AnnotatedArticle a : analysis.articles()) {
      Perspective pp = p.perspectives().get(a.article().id());
      g.writeStartObject();
      g.writeStringField("id", ids.of(a.article().id()));
      g.writeStringField("perspective", pp == null ? null : pp.label());
      if (pp != null) {
        strings(g, "perspective_reasons", pp.reasons());
      }
      provenance(
          g, analysis.corrections(), Corrections.perspectiveFact(a.article().id()), "perspective_");
      g.writeEndObject();
    }
    g.writeEndArray();
    divergences(g, ids, p.divergences());
    tension(g, "tension", p.tension());
    tension(
        g,
        "tension_weekly",
        TensionIndex.series(
            analysis.events(), p.pair(), p.perspectives(), TensionIndex.Period.WEEK));
    phases(g, p.tension(), analysis.events());
    g.writeEndObject();
  }

  private static void divergences(JsonGenerator g, ExportIds ids, List<Divergence> divergences)
      throws IOException {
    g.writeArrayFieldStart("divergences");
    for (Divergence d : divergences) {
      g.writeStartObject();
      g.writeStringField("event", d.eventId());
      g.writeBooleanField("contradiction", d.contradiction());
      g.writeArrayFieldStart("conflicts");
      for (String c : d.conflicts()) {
        g.writeString(ids.replaceIn(c));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("unmatched");
      for (String c : d.unmatched()) {
        g.writeString(ids.replaceIn(c));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("versions");
      for (Claim c : d.versions()) {
        g.writeStartObject();
        g.writeStringField("side", c.side());
        g.writeStringField("article", ids.of(c.articleId()));
        g.writeStringField("claim", c.text());
        g.writeNumberField("start", c.span().start());
        g.writeNumberField("end", c.span().end());
        g.writeArrayFieldStart("kinds");
        for (String k : c.kinds()) {
          g.writeString(k);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void phases(JsonGenerator g, List<TensionPoint> tension, List<Event> events)
      throws IOException {
    g.writeArrayFieldStart("crisis_phases");
    for (CrisisPhase c : TensionIndex.phases(tension, events)) {
      g.writeStartObject();
      g.writeStringField("pair", c.pair());
      g.writeStringField("start", c.start());
      g.writeStringField("end", c.end());
      g.writeStringField("peak", c.peak());
      g.writeNumberField("value", c.value());
      strings(g, "triggers", c.triggers());
      strings(g, "events", c.events());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void tension(JsonGenerator g, String field, List<TensionPoint> series)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (TensionPoint t : series) {
      g.writeStartObject();
      g.writeStringField("period", t.period());
      g.writeStringField("pair", t.pair());
      g.writeStringField("series", t.series());
      g.writeNumberField("value", t.value());
      g.writeNumberField("conflict", t.conflict());
      g.writeNumberField("cooperation", t.cooperation());
      strings(g, "events", t.events());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void article(
      JsonGenerator g,
      ExportIds ids,
      AnnotatedArticle an,
      Map<String, Perspective> perspectives,
      Corrections corrections)
      throws IOException {
    Article a = an.article();
    g.writeStartObject();
    g.writeStringField("id", ids.of(a.id()));
    g.writeStringField("dyad_id", a.id());
    g.writeStringField("source", a.source());
    g.writeStringField("url", a.url());
    g.writeStringField("title", a.title());
    g.writeStringField("outlet", a.outlet());
    g.writeStringField("syndicated_from", a.syndicatedFrom());
    g.writeStringField("author", a.author());
    g.writeStringField("published", a.published() == null ? null : a.published().toString());
    g.writeBooleanField("published_inferred", a.publishedInferred());
    Perspective p = perspectives.get(a.id());
    g.writeStringField("perspective", p == null ? null : p.label());
    if (p != null) {
      g.writeArrayFieldStart("perspective_reasons");
      for (String r : p.reasons()) {
        g.writeString(r);
      }
      g.writeEndArray();
    }
    provenance(g, corrections, Corrections.perspectiveFact(a.id()), "perspective_");
    g.writeStringField("language", a.language());
    g.writeStringField("text", a.text());
    g.writeArrayFieldStart("entities");
    for (EntityMention e : an.entities()) {
      g.writeStartObject();
      g.writeNumberField("start", e.span().start());
      g.writeNumberField("end", e.span().end());
      g.writeStringField("text", e.text());
      g.writeStringField("type", e.type().name());
      g.writeStringField("normalized", e.normalized());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("timexes");
    for (TimeExpression t : an.timexes()) {
      g.writeStartObject();
      g.writeNumberField("start", t.span().start());
      g.writeNumberField("end", t.span().end());
      g.writeStringField("text", t.text());
      g.writeStringField("type", t.type());
      g.writeStringField("value", t.value());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void event(
      JsonGenerator g,
      ExportIds ids,
      Event e,
      Map<String, String> texts,
      Headlines headlines,
      Corrections corrections)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("date", e.date() == null ? null : e.date().toString());
    g.writeStringField("cameo", e.cameo());
    g.writeNumberField("goldstein", e.goldstein());
    actor(g, "source", e.source());
    actor(g, "target", e.target());
    g.writeStringField("summary", e.summary());
    g.writeStringField("headline", headlines.of(e));
    provenance(g, corrections, Corrections.eventFact(e.id()), "");
    g.writeArrayFieldStart("mentions");
    for (EventMention m : e.mentions()) {
      String text = textOf(texts, m.articleId());
      g.writeStartObject();
      g.writeStringField("article", ids.of(m.articleId()));
      g.writeNumberField("start", m.span().start());
      g.writeNumberField("end", m.span().end());
      g.writeStringField("text", m.span().of(text));
      g.writeStringField("cameo", m.cameo());
      g.writeStringField("date", m.date() == null ? null : m.date().toString());
      g.writeStringField("date_text", m.dateText());
      g.writeStringField("modality", m.modality().label());
      g.writeStringField("location", m.location());
      g.writeNumberField("trigger_start", m.trigger().start());
      g.writeNumberField("trigger_end", m.trigger().end());
      g.writeStringField("source_text", m.source() == null ? null : m.source().span().of(text));
      g.writeStringField("target_text", m.target() == null ? null : m.target().span().of(text));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void quote(JsonGenerator g, ExportIds ids, Quote q, Corrections corrections)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("article", ids.of(q.articleId()));
    g.writeNumberField("start", q.span().start());
    g.writeNumberField("end", q.span().end());
    g.writeStringField("text", q.text());
    g.writeStringField("speaker", q.speaker() == null ? null : q.speaker().name());
    g.writeStringField("speaker_country", q.speaker() == null ? null : q.speaker().country());
    g.writeStringField("speaker_role", q.speaker() == null ? null : q.speaker().role());
    g.writeStringField("speaker_code", q.speaker() == null ? null : q.speaker().code());
    g.writeStringField("via", q.via());
    g.writeStringField("cue", q.cue());
    if (q.speakerSpan() != null) {
      g.writeNumberField("speaker_start", q.speakerSpan().start());
      g.writeNumberField("speaker_end", q.speakerSpan().end());
    }
    g.writeBooleanField("direct", q.direct());
    provenance(g, corrections, Corrections.quoteFact(q), "speaker_");
    g.writeEndObject();
  }

  /**
   * Marks a fact analysts corrected: {@code PREFIXprovenance} is {@code analyst} and {@code
   * PREFIXedits} the ids of the edits that set it; nothing for a fact as Dyad found it.
   */
  private static void provenance(JsonGenerator g, Corrections c, String fact, String prefix)
      throws IOException {
    List<Long> by = c.of(fact);
    if (by.isEmpty()) {
      return;
    }
    g.writeStringField(prefix + "provenance", Corrections.PROVENANCE);
    g.writeArrayFieldStart(prefix + "edits");
    for (long id : by) {
      g.writeNumber(id);
    }
    g.writeEndArray();
  }

  /** Every stored edit with what became of it (only in exports of corpora with edits). */
  private static void edits(JsonGenerator g, Corrections c) throws IOException {
    g.writeArrayFieldStart("edits");
    for (Edit e : c.edits()) {
      g.writeStartObject();
      g.writeNumberField("id", e.id());
      g.writeStringField("kind", e.kind().name());
      g.writeStringField("target", e.target());
      g.writeStringField("value", e.value());
      g.writeStringField("author", e.author());
      g.writeStringField("created_at", e.createdAt().toString());
      g.writeStringField(
          "status", c.status().get(e.id()).name().toLowerCase(java.util.Locale.ROOT));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void actor(JsonGenerator g, String field, Actor a) throws IOException {
    if (a == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("name", a.name());
    g.writeStringField("country", a.country());
    g.writeStringField("role", a.role());
    g.writeStringField("code", a.code());
    g.writeEndObject();
  }

  private static String textOf(Map<String, String> texts, String articleId) {
    String text = texts.get(articleId);
    if (text == null) {
      throw new IllegalArgumentException("articleId is not in the corpus: " + articleId);
    }
    return text;
  }
}
