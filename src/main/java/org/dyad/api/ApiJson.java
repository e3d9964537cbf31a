package org.dyad.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.compare.TensionIndex;
import org.dyad.extract.event.CameoCodebook;
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
import org.dyad.model.PartialDate;
import org.dyad.model.Perspective;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TensionPoint;
import org.dyad.model.TimeExpression;
import org.dyad.report.CountryNames;
import org.dyad.report.Months;
import org.dyad.report.Overview;
import org.dyad.report.SideColumns;
import org.dyad.search.SearchIndex;

/**
 * The API's JSON bodies. Field names follow the JSON export (FORMAT.md) wherever the thing exists
 * there; spans are {@code start}/{@code end} offsets, {@code [start, end)}, into the article's
 * {@code text}.
 */
final class ApiJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final CameoCodebook CAMEO = CameoCodebook.load();

  private ApiJson() {}

  static ObjectNode error(String message) {
    return NODES.objectNode().put("error", message);
  }

  static ObjectNode summary(CorpusView view, boolean ingest, PairAnalysis pair) {
    CorpusAnalysis a = view.analysis();
    Map<String, Perspective> byArticle = pair == null ? Map.of() : pair.perspectives();
    List<Divergence> divergences = pair == null ? List.of() : pair.divergences();
    ObjectNode o = NODES.objectNode();
    o.put("generation", view.generation());
    o.put("loaded_at", view.loadedAt().toString());
    o.put("articles", view.articles().size());
    o.put("events", a.events().size());
    o.put("edits", a.corrections().edits().size());
    o.put("quotes", a.quotes().size());
    o.put("divergences", divergences.size());
    o.put("contradictions", divergences.stream().filter(Divergence::contradiction).count());
    List<PartialDate> published = new ArrayList<>();
    Map<String, Integer> outlets = new TreeMap<>();
    Map<String, Integer> perspectives = new TreeMap<>();
    for (AnnotatedArticle an : view.articles().values()) {
      Article art = an.article();
      if (art.published() != null) {
        published.add(art.published());
      }
      if (art.outlet() != null) {
        outlets.merge(art.outlet(), 1, Integer::sum);
      }
      Perspective p = byArticle.get(art.id());
      if (p != null) {
        perspectives.merge(p.label(), 1, Integer::sum);
      }
    }
    List<PartialDate> dated = new ArrayList<>();
    Map<String, Integer> countries = new TreeMap<>();
    for (Event e : a.events()) {
      if (e.date() != null) {
        dated.add(e.date());
      }
      Set<String> involved = new LinkedHashSet<>();
      involved.add(e.source().country());
      involved.add(e.target() == null ? null : e.target().country());
      involved.remove(null);
      involved.forEach(c -> countries.merge(c, 1, Integer::sum));
    }
    o.set("published", range(published));
    o.set("event_dates", range(dated));
    ArrayNode chosen = o.putArray("pair");
    ArrayNode names = o.putArray("pair_names");
    ArrayNode adjectives = o.putArray("pair_adjectives");
    if (pair != null) {
      pair.pair().forEach(chosen::add);
      pair.pair().forEach(c -> names.add(CountryNames.name(c)));
      pair.pair().forEach(c -> adjectives.add(CountryNames.adjective(c)));
    }
    ArrayNode pairs = o.putArray("pairs");
    for (PairAnalysis p : view.pairs()) {
      ObjectNode n = pairs.addObject();
      p.pair().forEach(n.putArray("pair")::add);
      n.put("divergences", p.divergences().size());
      n.put("tension_periods", p.tension().stream().filter(t -> t.series().equals("all")).count());
    }
    ArrayNode outletList = o.putArray("outlets");
    sortedByCount(outlets)
        .forEach(e -> outletList.addObject().put("name", e.getKey()).put("articles", e.getValue()));
    ArrayNode countryList = o.putArray("countries");
    sortedByCount(countries)
        .forEach(
            e -> countryList.addObject().put("country", e.getKey()).put("events", e.getValue()));
    ObjectNode perspectiveCounts = o.putObject("perspectives");
    perspectives.forEach(perspectiveCounts::put);
    o.put("ingest", ingest);
    return o;
  }

  private static ObjectNode range(List<PartialDate> dates) {
    if (dates.isEmpty()) {
      return null;
    }
    List<PartialDate> sorted = dates.stream().sorted().toList();
    return NODES
        .objectNode()
        .put("first", sorted.get(0).toString())
        .put("last", sorted.get(sorted.size() - 1).toString());
  }

  private static List<Map.Entry<String, Integer>> sortedByCount(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
    list.sort((x, y) -> y.getValue() - x.getValue());
    return list;
  }

  /** The CAMEO roots with their names, for filters. */
  static ArrayNode cameoRoots() {
    ArrayNode out = NODES.arrayNode();
    for (int r = 1; r <= 20; r++) {
      String code = String.format("%02d", r);
      out.addObject().put("cameo", code).put("name", CAMEO.name(code));
    }
    return out;
  }

  /** A page of a list: {@code total} before paging, then the items under {@code field}. */
  static ObjectNode page(String field, int total, Query.Page page, List<ObjectNode> items) {
    ObjectNode o = NODES.objectNode();
    o.put("total", total);
    o.put("offset", page.offset());
    o.put("limit", page.limit());
    o.putArray(field).addAll(items);
    return o;
  }

  /** An article without its text, as lists show it. */
  static ObjectNode articleSummary(CorpusView view, AnnotatedArticle an, PairAnalysis pair) {
    Article a = an.article();
    ObjectNode o = NODES.objectNode();
    o.put("id", view.exportId(a.id()));
    o.put("dyad_id", a.id());
    o.put("source", a.source());
    o.put("url", a.url());
    o.put("title", a.title());
    o.put("outlet", a.outlet());
    o.put("author", a.author());
    o.put("published", a.published() == null ? null : a.published().toString());
    o.put("published_inferred", a.publishedInferred());
    Perspective p = pair == null ? null : pair.perspectives().get(a.id());
    o.put("perspective", p == null ? null : p.label());
    provenance(o, view, Corrections.perspectiveFact(a.id()), "perspective_");
    o.put("language", a.language());
    o.put("event_mentions", view.mentionsIn(a.id()).size());
    o.put("quotes", view.quotesIn(a.id()).size());
    return o;
  }

  /** An article with its text and every annotation, each a span into that text. */
  static ObjectNode article(CorpusView view, AnnotatedArticle an, PairAnalysis pair) {
    Article a = an.article();
    String text = a.text();
    ObjectNode o = articleSummary(view, an, pair);
    Perspective p = pair == null ? null : pair.perspectives().get(a.id());
    if (p != null) {
      ArrayNode reasons = o.putArray("perspective_reasons");
      p.reasons().forEach(reasons::add);
      o.put("perspective_score", p.score());
      ArrayNode evidence = o.putArray("perspective_evidence");
      for (Span s : p.evidence()) {
        if (s.end() <= text.length()) {
          evidence.add(span(NODES.objectNode(), s, text));
        }
      }
    }
    o.put("text", text);
    ArrayNode entities = o.putArray("entities");
    for (EntityMention e : an.entities()) {
      span(entities.addObject(), e.span(), text)
          .put("type", e.type().name())
          .put("normalized", e.normalized());
    }
    ArrayNode timexes = o.putArray("timexes");
    for (TimeExpression t : an.timexes()) {
      span(timexes.addObject(), t.span(), text).put("type", t.type()).put("value", t.value());
    }
    ArrayNode mentions = o.putArray("event_mentions");
    for (CorpusView.MentionOf m : view.mentionsIn(a.id())) {
      ObjectNode n =
          mentions
              .addObject()
              .put("event", m.event().id())
              .put("headline", view.headlines().of(m.event()));
      mention(n, m.mention(), text);
      n.put("key", Edit.Key.of(a.id(), m.mention().span()).toString());
    }
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : view.quotesIn(a.id())) {
      quotes.add(quote(view, q));
    }
    return o;
  }

  /**
   * An event as lists show it: the export's fields without the mentions' details, with its headline
   * and, on {@code pair}, how many articles of each side report it.
   */
  static ObjectNode eventSummary(CorpusView view, Event e, PairAnalysis pair) {
    ObjectNode o = NODES.objectNode();
    o.put("id", e.id());
    o.put("date", e.date() == null ? null : e.date().toString());
    o.put("headline", view.headlines().of(e));
    o.put("cameo", e.cameo());
    o.put("cameo_name", CAMEO.name(e.cameo()));
    o.put("goldstein", e.goldstein());
    actor(o, "source", e.source());
    actor(o, "target", e.target());
    o.put("summary", e.summary());
    provenance(o, view, Corrections.eventFact(e.id()), "");
    o.put("mention_count", e.mentions().size());
    Set<String> articles = new LinkedHashSet<>();
    Set<String> modalities = new LinkedHashSet<>();
    for (EventMention m : e.mentions()) {
      articles.add(view.exportId(m.articleId()));
      modalities.add(m.modality().label());
    }
    ArrayNode a = o.putArray("articles");
    articles.forEach(a::add);
    ArrayNode mod = o.putArray("modalities");
    modalities.forEach(mod::add);
    if (pair != null) {
      Overview.Item item = Overview.item(pair, e, view.headlines());
      o.put("modality", item.modality().label());
      ObjectNode sides = o.putObject("sides");
      item.sides().forEach(sides::put);
      o.put("between_pair", Overview.between(pair, e));
    }
    return o;
  }

  /** An event with every mention: its article, span, sentence, date text and modality. */
  static ObjectNode event(CorpusView view, Event e, PairAnalysis pair) {
    ObjectNode o = eventSummary(view, e, pair);
    ArrayNode mentions = o.putArray("mentions");
    for (EventMention m : e.mentions()) {
      AnnotatedArticle an = view.byDyadId(m.articleId());
      Article a = an.article();
      ObjectNode n = mentions.addObject();
      n.put("article", view.exportId(a.id()));
      n.put("article_title", a.title());
      n.put("outlet", a.outlet());
      n.put("published", a.published() == null ? null : a.published().toString());
      mention(n, m, a.text());
      n.put("key", Edit.Key.of(m.articleId(), m.span()).toString());
      n.set("sentence", span(NODES.objectNode(), sentenceAround(an, m.span()), a.text()));
    }
    boolean contradiction =
        view.pairs().stream()
            .flatMap(p -> p.divergences().stream())
            .anyMatch(x -> x.eventId().equals(e.id()) && x.contradiction());
    o.put("contradiction", contradiction);
    o.put(
        "told_by_sides",
        pair != null && pair.divergences().stream().anyMatch(x -> x.eventId().equals(e.id())));
    return o;
  }

  private static void mention(ObjectNode n, EventMention m, String text) {
    span(n, m.span(), text);
    n.put("cameo", m.cameo());
    n.put("date", m.date() == null ? null : m.date().toString());
    n.put("date_text", m.dateText());
    n.put("modality", m.modality().label());
    n.put("location", m.location());
    n.put("trigger_start", m.trigger().start());
    n.put("trigger_end", m.trigger().end());
    n.put("source_text", m.source() == null ? null : m.source().span().of(text));
    n.put("target_text", m.target() == null ? null : m.target().span().of(text));
  }

  /** The sentences a span lies in, from the first one's start to the last one's end. */
  static Span sentenceAround(AnnotatedArticle an, Span span) {
    int start = span.start();
    int end = span.end();
    for (Sentence s : an.sentences()) {
      if (s.span().overlaps(span) || s.span().contains(span)) {
        start = Math.min(start, s.span().start());
        end = Math.max(end, s.span().end());
      }
    }
    return new Span(start, end);
  }

  static ObjectNode quote(CorpusView view, Quote q) {
    Article a = view.byDyadId(q.articleId()).article();
    ObjectNode o = NODES.objectNode();
    o.put("article", view.exportId(q.articleId()));
    o.put("article_title", a.title());
    o.put("start", q.span().start());
    o.put("end", q.span().end());
    o.put("text", q.text());
    o.put("speaker", q.speaker() == null ? null : q.speaker().name());
    o.put("speaker_country", q.speaker() == null ? null : q.speaker().country());
    o.put("speaker_role", q.speaker() == null ? null : q.speaker().role());
    o.put("speaker_code", q.speaker() == null ? null : q.speaker().code());
    o.put("via", q.via());
    o.put("cue", q.cue());
    if (q.speakerSpan() != null) {
      o.put("speaker_start", q.speakerSpan().start());
      o.put("speaker_end", q.speakerSpan().end());
    }
    o.put("direct", q.direct());
    o.put("key", Edit.Key.of(q.articleId(), q.span()).toString());
    provenance(o, view, Corrections.quoteFact(q), "speaker_");
    return o;
  }

  /**
   * Marks a fact analysts corrected: {@code PREFIXprovenance} is {@code analyst} and {@code
   * PREFIXedits} lists the edits that set it; nothing for a fact as Dyad found it.
   */
  private static void provenance(ObjectNode o, CorpusView view, String fact, String prefix) {
    List<Long> by = view.analysis().corrections().of(fact);
    if (!by.isEmpty()) {
      o.put(prefix + "provenance", Corrections.PROVENANCE);
      ArrayNode ids = o.putArray(prefix + "edits");
      by.forEach(ids::add);
    }
  }

  /** Every stored edit, oldest first, and whether the server takes new ones. */
  static ObjectNode edits(CorpusView view, boolean allowed) {
    ObjectNode o = NODES.objectNode();
    o.put("allowed", allowed);
    ArrayNode items = o.putArray("edits");
    for (Edit e : view.analysis().corrections().edits()) {
      items.add(edit(view, e));
    }
    return o;
  }

  /**
   * One edit: its stored fields, what became of it ({@link Corrections.Status}, lower case) and
   * {@code about}, the words of the article its target names (or that article's title).
   */
  static ObjectNode edit(CorpusView view, Edit e) {
    ObjectNode o = NODES.objectNode();
    o.put("id", e.id());
    o.put("kind", e.kind().name());
    o.put("target", e.target());
    o.put("value", e.value());
    o.put("author", e.author());
    o.put("created_at", e.createdAt().toString());
    Corrections.Status status = view.analysis().corrections().status().get(e.id());
    o.put("status", status == null ? null : status.name().toLowerCase(Locale.ROOT));
    o.put("about", about(view, e));
    return o;
  }

  private static String about(CorpusView view, Edit e) {
    switch (e.kind()) {
      case UNDO -> {
        return "edit " + e.undoes();
      }
      case SET_PERSPECTIVE -> {
        return view.has(e.target()) ? articleName(view, e.target()) : null;
      }
      default -> {
        Edit.Key k = e.key();
        if (!view.has(k.articleId())) {
          return null;
        }
        String text = view.byDyadId(k.articleId()).article().text();
        if (k.end() > text.length()) {
          return null;
        }
        String words = text.substring(k.start(), k.end()).strip().replaceAll("\\s+", " ");
        return (words.length() > 140 ? words.substring(0, 139) + "\u2026" : words)
            + " \u2014 "
            + articleName(view, k.articleId());
      }
    }
  }

  /**
   * How the sides tell one event: the export's divergence with the event's headline fields, and its
   * versions in fixed columns (the pair's first country's side, its second's, the others), each
   * with its article's outlet, date and address, its contradictions explained in words.
   */
  static ObjectNode divergence(CorpusView view, Divergence d, PairAnalysis pair) {
    ObjectNode o = NODES.objectNode();
    o.put("event", d.eventId());
    Event e = view.event(d.eventId());
    o.put("date", e.date() == null ? null : e.date().toString());
    o.put("headline", view.headlines().of(e));
    o.put("cameo", e.cameo());
    o.put("cameo_name", CAMEO.name(e.cameo()));
    actor(o, "source", e.source());
    actor(o, "target", e.target());
    o.put("summary", e.summary());
    o.put("contradiction", d.contradiction());
    ArrayNode conflicts = o.putArray("conflicts");
    d.conflicts().forEach(c -> conflicts.add(view.withExportIds(c)));
    ArrayNode unmatched = o.putArray("unmatched");
    d.unmatched().forEach(c -> unmatched.add(view.withExportIds(c)));
    ArrayNode versions = o.putArray("versions");
    for (Claim c : d.versions()) {
      versions.add(version(view, c));
    }
    SideColumns cols = SideColumns.of(d, pair.pair(), id -> articleName(view, id));
    ArrayNode explained = o.putArray("explained");
    cols.explained().forEach(explained::add);
    ArrayNode columns = o.putArray("columns");
    for (SideColumns.Column c : cols.columns()) {
      ObjectNode col = columns.addObject();
      col.put("side", c.side());
      col.put("title", c.title());
      ArrayNode vs = col.putArray("versions");
      c.versions().forEach(v -> vs.add(version(view, v)));
    }
    return o;
  }

  private static ObjectNode version(CorpusView view, Claim c) {
    Article a = view.byDyadId(c.articleId()).article();
    ObjectNode v = NODES.objectNode();
    v.put("side", c.side());
    v.put("article", view.exportId(c.articleId()));
    v.put("article_title", a.title());
    v.put("outlet", a.outlet());
    v.put("published", a.published() == null ? null : a.published().toString());
    v.put("url", a.url() != null && a.url().matches("(?i)https?://\\S+") ? a.url() : null);
    v.put("claim", c.text());
    v.put("start", c.span().start());
    v.put("end", c.span().end());
    ArrayNode kinds = v.putArray("kinds");
    c.kinds().forEach(kinds::add);
    return v;
  }

  /** An article as explanations name it: its outlet and date, else its title and id. */
  static String articleName(CorpusView view, String articleId) {
    Article a = view.byDyadId(articleId).article();
    String id = view.exportId(articleId);
    if (a.outlet() != null) {
      return a.outlet() + (a.published() == null ? "" : ", " + a.published());
    }
    if (a.title() != null && !a.title().isBlank()) {
      String t = a.title().strip();
      return "\u201c"
          + (t.length() > 40 ? t.substring(0, 39) + "\u2026" : t)
          + "\u201d ("
          + id
          + ")";
    }
    return id;
  }

  /**
   * The first screen of a pair: the months to chart, its tension series and crisis phases with
   * their triggers' headlines, and its newest events.
   */
  static ObjectNode overview(CorpusView view, PairAnalysis pair, int limit) {
    ObjectNode o = NODES.objectNode();
    if (pair == null) {
      o.putNull("pair");
      o.putArray("newest");
      return o;
    }
    Overview ov = Overview.of(pair, view.events(), view.headlines(), limit);
    ArrayNode p = o.putArray("pair");
    ArrayNode names = o.putArray("names");
    ArrayNode adjectives = o.putArray("adjectives");
    for (String c : pair.pair()) {
      p.add(c);
      names.add(CountryNames.name(c));
      adjectives.add(CountryNames.adjective(c));
    }
    o.put("from", ov.from());
    o.put("to", ov.to());
    o.put("undated", ov.undated());
    ArrayNode phases = o.putArray("crisis_phases");
    for (CrisisPhase c : ov.phases()) {
      phases.add(phase(view, c));
    }
    if (ov.latestPhase() == null) {
      o.putNull("latest_phase");
    } else {
      o.set("latest_phase", phase(view, ov.latestPhase()));
    }
    ArrayNode points = o.putArray("tension");
    for (TensionPoint t : pair.tension()) {
      points.add(point(t));
    }
    ArrayNode newest = o.putArray("newest");
    for (Overview.Item item : ov.newest()) {
      newest.add(eventSummary(view, item.event(), pair));
    }
    return o;
  }

  private static ObjectNode phase(CorpusView view, CrisisPhase c) {
    ObjectNode p = NODES.objectNode();
    p.put("start", c.start());
    p.put("end", c.end());
    p.put("peak", c.peak());
    p.put("value", c.value());
    p.put("label", Months.range(c.start(), c.end()));
    ArrayNode triggers = p.putArray("triggers");
    c.triggers().forEach(triggers::add);
    ArrayNode detail = p.putArray("trigger_events");
    for (String id : c.triggers()) {
      Event e;
      try {
        e = view.event(id);
      } catch (ApiError missing) {
        continue;
      }
      detail
          .addObject()
          .put("id", e.id())
          .put("date", e.date() == null ? null : e.date().toString())
          .put("headline", view.headlines().of(e));
    }
    ArrayNode events = p.putArray("events");
    c.events().forEach(events::add);
    return p;
  }

  private static ObjectNode point(TensionPoint t) {
    ObjectNode p = NODES.objectNode();
    p.put("period", t.period());
    p.put("pair", t.pair());
    p.put("series", t.series());
    p.put("value", t.value());
    p.put("conflict", t.conflict());
    p.put("cooperation", t.cooperation());
    ArrayNode events = p.putArray("events");
    t.events().forEach(events::add);
    return p;
  }

  static ObjectNode tension(CorpusView view, TensionIndex.Period period, PairAnalysis pair) {
    ObjectNode o = NODES.objectNode();
    o.put("period", period == TensionIndex.Period.WEEK ? "week" : "month");
    o.put("pair", pair == null ? null : pair.label());
    ArrayNode points = o.putArray("tension");
    for (TensionPoint t : view.tension(pair, period)) {
      points.add(point(t));
    }
    ArrayNode phases = o.putArray("crisis_phases");
    for (CrisisPhase c :
        TensionIndex.phases(view.tension(pair, period), view.analysis().events())) {
      phases.add(phase(view, c));
    }
    return o;
  }

  /** A search hit on an article: its list fields and a snippet with the matched words. */
  static ObjectNode articleHit(CorpusView view, SearchIndex.Hit h) {
    ObjectNode o = articleSummary(view, view.byDyadId(h.articleId()), null);
    o.remove("perspective");
    hit(o, h);
    return o;
  }

  /** A search hit on a quote: the quote with the matched words. */
  static ObjectNode quoteHit(CorpusView view, Quote q, SearchIndex.Hit h) {
    ObjectNode o = quote(view, q);
    hit(o.putObject("hit"), h);
    return o;
  }

  /** A search hit on an event: the event with the mention that matched and its words. */
  static ObjectNode eventHit(CorpusView view, Event e, SearchIndex.Hit h, PairAnalysis pair) {
    ObjectNode o = eventSummary(view, e, pair);
    ObjectNode hit = o.putObject("hit");
    hit.put("article", view.exportId(h.articleId()));
    hit(hit, h);
    return o;
  }

  private static void hit(ObjectNode o, SearchIndex.Hit h) {
    o.put("snippet", h.text());
    o.put("snippet_start", h.span().start());
    o.put("snippet_end", h.span().end());
    ArrayNode matches = o.putArray("matches");
    for (Span m : h.matches()) {
      matches.addArray().add(m.start()).add(m.end());
    }
  }

  /** What an ingest request did. */
  static ObjectNode ingested(
      CorpusView view, List<String> articleIds, int stored, int duplicates, List<String> problems) {
    ObjectNode o = NODES.objectNode();
    ArrayNode ids = o.putArray("articles");
    articleIds.stream().map(view::exportId).distinct().forEach(ids::add);
    o.put("stored", stored);
    o.put("duplicates", duplicates);
    ArrayNode p = o.putArray("problems");
    problems.forEach(p::add);
    o.put("generation", view.generation());
    return o;
  }

  private static ObjectNode span(ObjectNode o, Span s, String text) {
    return o.put("start", s.start()).put("end", s.end()).put("text", s.of(text));
  }

  private static void actor(ObjectNode o, String field, Actor a) {
    if (a == null) {
      o.putNull(field);
      return;
    }
    o.putObject(field)
        .put("name", a.name())
        .put("country", a.country())
        .put("role", a.role())
        .put("code", a.code());
  }
}
