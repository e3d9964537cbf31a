package org.dyad.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Divergence;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.PairAnalysis;
import org.dyad.model.PartialDate;
import org.dyad.model.Perspective;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TensionPoint;

/**
 * Compares the two sides of one country pair over a corpus's merged events: the divergences of the
 * events that involve either country, with versions given to the pair's sides only, and the pair's
 * tension series.
 */
public final class PairComparison {

  private final List<Event> events;
  private final Map<String, String> texts;
  private final Map<String, List<Span>> sentences;
  private final List<Quote> quotes;
  private final Map<String, LocalDate> stoodIn;

  /**
   * A comparison that knows no article's publication date.
   *
   * @param events the corpus's merged events
   * @param texts each article's text by id
   * @param sentences each article's sentence spans in text order
   * @param quotes the corpus's quotes and attributed statements
   */
  public PairComparison(
      List<Event> events,
      Map<String, String> texts,
      Map<String, List<Span>> sentences,
      List<Quote> quotes) {
    this(events, texts, sentences, quotes, Map.of());
  }

  /**
   * A comparison in which an article without a publication date stands, for finding the other
   * side's account of a clash, at a date of {@code standIns} (see {@link #standIns}).
   *
   * @param standIns the date at which each undated article stands
   */
  public PairComparison(
      List<Event> events,
      Map<String, String> texts,
      Map<String, List<Span>> sentences,
      List<Quote> quotes,
      Map<String, LocalDate> standIns) {
    this.events = List.copyOf(events);
    this.texts = Map.copyOf(texts);
    this.sentences = Map.copyOf(sentences);
    this.quotes = List.copyOf(quotes);
    this.stoodIn = Map.copyOf(standIns);
  }

  /**
   * The date each article without a publication date stands at: that of the dated article it tells
   * the same story as ({@link RelatedArticles}). Computed once per corpus, for every pair.
   *
   * @param published each article's publication date (stated or inferred) by id; an article of
   *     {@code texts} missing here has none
   */
  public static Map<String, LocalDate> standIns(
      Map<String, String> texts,
      Map<String, List<Span>> sentences,
      Map<String, PartialDate> published) {
    Map<String, LocalDate> stand = new HashMap<>();
    if (!published.isEmpty()) {
      Set<String> undated = new HashSet<>(texts.keySet());
      undated.removeAll(published.keySet());
      RelatedArticles.datedTwins(texts, sentences, undated)
          .forEach((u, twin) -> stand.put(u, published.get(twin).firstDay()));
    }
    return stand;
  }

  /** The results for {@code pair}, given each article's perspective on it. */
  public PairAnalysis of(List<String> pair, Map<String, Perspective> perspectives) {
    return new PairAnalysis(
        pair, perspectives, divergences(pair, perspectives), tension(pair, perspectives));
  }

  /** The divergences of the events involving {@code pair}, versions given to its sides only. */
  public List<Divergence> divergences(List<String> pair, Map<String, Perspective> perspectives) {
    return divergences(pair, perspectives, compared(pair));
  }

  /**
   * The events whose divergences {@code pair} has: those involving either of its countries, each
   * with the other side's account of the same clash added ({@link #withCounterAccounts}).
   */
  public List<Event> compared(List<String> pair) {
    return withCounterAccounts(
        events.stream()
            .filter(e -> in(pair, country(e.source())) || in(pair, country(e.target())))
            .toList(),
        stoodIn);
  }

  /** The divergences among {@code compared}, some or all of {@link #compared}'s events. */
  public List<Divergence> divergences(
      List<String> pair, Map<String, Perspective> perspectives, List<Event> compared) {
    List<Quote> sides =
        quotes.stream()
            .filter(q -> q.speaker() != null && in(pair, q.speaker().country()))
            .toList();
    return new DivergenceFinder().find(compared, texts, perspectives, sentences, sides);
  }

  /** The monthly tension series of {@code pair}. */
  public List<TensionPoint> tension(List<String> pair, Map<String, Perspective> perspectives) {
    return TensionIndex.series(events, pair, perspectives, TensionIndex.Period.MONTH);
  }

  /** How many days apart two articles' accounts of one clash may be dated (a news cycle). */
  static final int COUNTER_ACCOUNT_DAYS = 14;

  /**
   * The events with, added to each, the mentions of the other side's account of the same clash:
   * from each article that does not tell the event itself, its account nearest in time of a
   * non-cooperative event between the same two countries, in either direction ("Manila: the coast
   * guard rammed our ship"; "Beijing: the Philippine ship rammed ours"), dated at most {@link
   * #COUNTER_ACCOUNT_DAYS} days apart (one side dates the clash, the other its statement about it).
   * An accord (talks, an agreement, the intent to agree: CAMEO roots 03 to 05) dated to the day
   * likewise gains other articles' accounts of an accord between the same two countries ("the
   * summit is to seal a peace deal"; "Yerevan initialled the deal"). The events keep their ids;
   * only their divergences see the added mentions.
   *
   * <p>An account dated to its month only is as near as can be (0 days) to a clash in that month,
   * and no account of a clash outside it.
   *
   * <p>An undated account from an article without a date is dated, for this, at {@code stoodIn}'s
   * date for its article, and is another account of a clash of the same kind only (violent with
   * violent, otherwise the same CAMEO root).
   *
   * @param stoodIn the date at which each undated article stands
   */
  static List<Event> withCounterAccounts(List<Event> events, Map<String, LocalDate> stoodIn) {
    Map<List<Object>, List<Account>> byPair = new HashMap<>();
    for (Event f : events) {
      boolean accord = accord(f);
      boolean dated = clash(f) || accord && f.date() != null && f.date().day() != null;
      boolean ofMonth =
          !dated && (hostile(f) || accord) && f.date() != null && f.date().month() != null;
      if (!dated && !ofMonth && !(f.date() == null && (hostile(f) || accord))) {
        continue;
      }
      List<Object> pair = List.of(accord, Set.of(f.source().country(), f.target().country()));
      for (EventMention m : f.mentions()) {
        LocalDate day = f.date() != null ? f.date().firstDay() : stoodIn.get(m.articleId());
        LocalDate last = ofMonth ? f.date().lastDay() : day;
        if (day != null) {
          byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(new Account(f, m, day, last));
        }
      }
    }
    byPair.values().forEach(l -> l.sort(Comparator.comparing(Account::day)));
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      boolean accord = accord(e) && e.date() != null && e.date().day() != null;
      List<Account> candidates =
          clash(e) || accord
              ? byPair.getOrDefault(
                  List.of(accord, Set.of(e.source().country(), e.target().country())), List.of())
              : List.of();
      Map<String, List<EventMention>> accounts = accounts(e, candidates);
      if (accounts.isEmpty()) {
        out.add(e);
        continue;
      }
      List<EventMention> mentions = new ArrayList<>(e.mentions());
      accounts.values().forEach(mentions::addAll);
      out.add(
          new Event(
              e.id(),
              e.cameo(),
              e.goldstein(),
              e.source(),
              e.target(),
              e.date(),
              e.summary(),
              mentions));
    }
    return out;
  }

  /** At most this many other articles' accounts are added to one clash: the nearest in time. */
  static final int MAX_COUNTER_ACCOUNTS = 3;

  /** One mention of a clash between a pair's countries, at the day it is dated (or stands at). */
  private record Account(Event event, EventMention mention, LocalDate day, LocalDate last) {

    /** Days between {@code d} and this account's day, or its month when dated to the month. */
    long apart(LocalDate d) {
      if (d.isBefore(day)) {
        return ChronoUnit.DAYS.between(d, day);
      }
      return d.isAfter(last) ? ChronoUnit.DAYS.between(last, d) : 0;
    }
  }

  /**
   * The other articles' nearest accounts of clash {@code e} among {@code candidates} (its pair's,
   * sorted by day), by article.
   */
  private static Map<String, List<EventMention>> accounts(Event e, List<Account> candidates) {
    Map<String, List<EventMention>> accounts = new HashMap<>();
    if (candidates.isEmpty()) {
      return accounts;
    }
    Set<String> told = new HashSet<>();
    e.mentions().forEach(m -> told.add(m.articleId()));
    Map<String, Long> nearest = new HashMap<>();
    LocalDate day = e.date().firstDay();
    int k = firstOnOrAfter(candidates, day.minusDays(COUNTER_ACCOUNT_DAYS + 31));
    for (; k < candidates.size(); k++) {
      Account c = candidates.get(k);
      long apart = c.apart(day);
      if (c.day().isAfter(day) && apart > COUNTER_ACCOUNT_DAYS) {
        break;
      }
      Event f = c.event();
      String article = c.mention().articleId();
      boolean ofMonth = !c.last().equals(c.day());
      if (f == e
          || f.date() == null && !sameKind(e, f)
          || ofMonth && apart > 0
          || told.contains(article)
          || apart > COUNTER_ACCOUNT_DAYS) {
        continue;
      }
      long best = nearest.getOrDefault(article, Long.MAX_VALUE);
      if (apart < best) {
        nearest.put(article, apart);
        accounts.put(article, new ArrayList<>());
      }
      if (apart <= best) {
        accounts.get(article).add(c.mention());
      }
    }
    if (accounts.size() > MAX_COUNTER_ACCOUNTS) {
      List<String> kept =
          nearest.entrySet().stream()
              .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry::getKey))
              .limit(MAX_COUNTER_ACCOUNTS)
              .map(Map.Entry::getKey)
              .toList();
      accounts.keySet().retainAll(kept);
    }
    return accounts;
  }

  /** The index of the first candidate dated on or after {@code day}. */
  private static int firstOnOrAfter(List<Account> candidates, LocalDate day) {
    int lo = 0;
    int hi = candidates.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (candidates.get(mid).day().isBefore(day)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** An event between two countries dated to the day that is not cooperative (Goldstein <= 0). */
  private static boolean clash(Event e) {
    return hostile(e) && e.date() != null && e.date().day() != null;
  }

  /** An event between two countries that is not cooperative (Goldstein <= 0). */
  private static boolean hostile(Event e) {
    return e.goldstein() <= 0
        && e.target() != null
        && e.source().country() != null
        && e.target().country() != null
        && !e.source().country().equals(e.target().country());
  }

  /** The roots of accords: the intent to agree, talks and diplomatic cooperation. */
  private static final Set<String> ACCORD_ROOTS = Set.of("03", "04", "05");

  /** An event between two countries that is an accord (CAMEO roots 03 to 05). */
  private static boolean accord(Event e) {
    return ACCORD_ROOTS.contains(e.root())
        && e.target() != null
        && e.source().country() != null
        && e.target().country() != null
        && !e.source().country().equals(e.target().country());
  }

  /**
   * Whether two events are of one kind: both violent (CAMEO 18-20), both accords, else of one root.
   */
  private static boolean sameKind(Event e, Event f) {
    Set<String> violent = Set.of("18", "19", "20");
    if (violent.contains(e.root())) {
      return violent.contains(f.root());
    }
    return ACCORD_ROOTS.contains(e.root())
        ? ACCORD_ROOTS.contains(f.root())
        : e.root().equals(f.root());
  }

  private static boolean in(List<String> pair, String country) {
    return country != null && pair.contains(country);
  }

  private static String country(org.dyad.model.Actor a) {
    return a == null ? null : a.country();
  }
}
