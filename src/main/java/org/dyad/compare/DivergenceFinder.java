package org.dyad.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Claim;
import org.dyad.model.Divergence;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Perspective;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.nlp.NumberWords;

/**
 * Lays side by side how the articles of a corpus tell each event reported by more than one of them,
 * and flags contradictions: different numbers for the same thing, a natural cause against violence,
 * an accident against intent, admission against denial.
 */
public final class DivergenceFinder {

  private static final Pattern COUNT =
      Pattern.compile(
          "(?i)\\b(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
              + "\\s+(?:of\\s+(?:the\\s+|those\\s+|these\\s+)?(?:\\d+\\s+)?)?(?:[a-z-]+\\s+){0,2}?(them|people|persons|journalists|individuals|employees|staff|citizens|"
              + "soldiers|servicemen|troops|civilians|migrants|detainees|men|women|children|tourists|"
              + "passengers|dead|killed|injured|wounded|workers|students|activists|officials|diplomats|"
              + "sailors|crew|protesters|prisoners|suspects|nationals|residents|pilots|[a-z]+men|"
              + "russians|[a-z]+is|[a-z]+ians|[a-z]+ese)\\b");

  /**
   * Claim kinds in opposition: a claim of one class contradicts a claim of another in its
   * dimension.
   */
  private static final Map<String, Map<String, Pattern>> DIMENSIONS =
      Map.of(
          "cause",
          Map.of(
              "natural",
                  Pattern.compile("(?i)heart (attack|failure)|natural causes|illness|suicide"),
              "violence",
                  Pattern.compile("(?i)injur(y|ies)|beat(en|ing)|tortur|violent|killed|shot")),
          "intent",
          Map.of(
              "accident",
                  Pattern.compile(
                      "(?i)\\b(accident\\w*|tragic incident|mistaken\\w*|unintentional\\w*|by mistake)\\b"),
              "deliberate",
                  Pattern.compile(
                      "(?i)\\b(deliberate\\w*|intentional\\w*|on purpose|premeditated)\\b")),
          "responsibility",
          Map.of(
              "admitted",
                  Pattern.compile(
                      "(?i)\\b(apologi[sz]\\w*|admitted|acknowledged|took responsibility)\\b"),
              "denied",
                  Pattern.compile(
                      "(?i)\\b(denied|denial|deflection|cover(ed)?[ -]up|refrains from accepting)\\b")));

  /** Divergences for every event told by at least two articles, from its mention sentences. */
  public List<Divergence> find(
      List<Event> events, Map<String, String> texts, Map<String, Perspective> perspectives) {
    return find(events, texts, perspectives, Map.of());
  }

  /**
   * Divergences for every event told by at least two articles. Given each article's sentences, an
   * article's version of an event also takes in the sentences around its mentions that speak of it:
   * later sentences that name the event's kind and share a rare name or the kind of thing it
   * happened to ("the death of the X brothers"), and sentences that refer back to it ("the
   * incident", "the deaths").
   *
   * @param sentences each article's sentence spans in text order; articles missing here use their
   *     mention sentences only
   */
  public List<Divergence> find(
      List<Event> events,
      Map<String, String> texts,
      Map<String, Perspective> perspectives,
      Map<String, List<Span>> sentences) {
    return find(events, texts, perspectives, sentences, List.of());
  }

  /**
   * Divergences as above, each version given to the side whose voice it carries: the country of the
   * speakers it quotes when they all share one, else its article's perspective.
   *
   * @param quotes the corpus's quotes and attributed statements
   */
  public List<Divergence> find(
      List<Event> events,
      Map<String, String> texts,
      Map<String, Perspective> perspectives,
      Map<String, List<Span>> sentences,
      List<Quote> quotes) {
    Map<String, List<Quote>> quotesByArticle = new HashMap<>();
    for (Quote q : quotes) {
      if (q.speaker() != null && q.speaker().country() != null) {
        quotesByArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
      }
    }
    Map<String, Map<String, TreeSet<Integer>>> told = new LinkedHashMap<>();
    Map<String, List<Telling>> tellings = new LinkedHashMap<>();
    Map<String, Boolean> inOrder = new HashMap<>();
    for (Event e : events) {
      Map<String, TreeSet<Integer>> byArticle = new LinkedHashMap<>();
      for (EventMention m : e.mentions()) {
        List<Span> ss = sentences.get(m.articleId());
        if (ss == null) {
          continue;
        }
        int k =
            indexOf(ss, m.span().start(), inOrder.computeIfAbsent(m.articleId(), x -> inOrder(ss)));
        if (k >= 0) {
          byArticle.computeIfAbsent(m.articleId(), x -> new TreeSet<>()).add(k);
        }
      }
      Set<String> stems = new LinkedHashSet<>();
      Set<String> things = new LinkedHashSet<>();
      if (!byArticle.isEmpty()) {
        kindOf(e, texts, stems, things);
      }
      boolean violent = VIOLENT.contains(e.root());
      for (var entry : byArticle.entrySet()) {
        tellings
            .computeIfAbsent(entry.getKey(), x -> new ArrayList<>())
            .add(new Telling(stems, things, violent, entry.getValue()));
      }
      told.put(e.id(), byArticle);
    }
    // Article by article, each article's sentences read once for all its events.
    for (var entry : tellings.entrySet()) {
      String text = texts.get(entry.getKey());
      List<Span> ss = sentences.get(entry.getKey());
      ArticleSentences read = new ArticleSentences(text, ss);
      for (Telling t : entry.getValue()) {
        related(t.stems(), t.things(), t.violent(), t.sentences(), ss, text, read);
      }
    }
    referBack(events, told, texts, sentences);
    List<Divergence> out = new ArrayList<>();
    for (Event e : events) {
      Map<String, List<EventMention>> byArticle = new LinkedHashMap<>();
      for (EventMention m : e.mentions()) {
        byArticle.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m);
      }
      if (byArticle.size() < 2) {
        continue;
      }
      List<Claim> versions = new ArrayList<>();
      for (var entry : byArticle.entrySet()) {
        String text = texts.get(entry.getKey());
        Perspective p = perspectives.get(entry.getKey());
        String side = p == null ? "neutral" : p.label();
        TreeSet<Integer> set = told.get(e.id()).get(entry.getKey());
        if (set == null) {
          for (EventMention m : entry.getValue()) {
            String sentence = m.span().of(text);
            versions.add(
                new Claim(
                    entry.getKey(),
                    side,
                    m.span(),
                    sentence.strip(),
                    kinds(sentence, m, m.span().start())));
          }
        } else {
          versions.addAll(
              claims(
                  entry.getKey(),
                  side,
                  set,
                  sentences.get(entry.getKey()),
                  text,
                  entry.getValue()));
        }
      }
      versions =
          versions.stream()
              .map(c -> voiced(c, quotesByArticle.getOrDefault(c.articleId(), List.of())))
              .toList();
      List<String> conflicts = new ArrayList<>();
      List<String> unmatched = new ArrayList<>();
      compare(versions, conflicts, unmatched);
      out.add(new Divergence(e.id(), versions, !conflicts.isEmpty(), conflicts, unmatched));
    }
    return out;
  }

  /** The claim given to the one country whose speakers it quotes, if there is one. */
  private static Claim voiced(Claim c, List<Quote> quotes) {
    Set<String> voices = new LinkedHashSet<>();
    for (Quote q : quotes) {
      if (q.span().overlaps(c.span())) {
        voices.add(q.speaker().country());
      }
    }
    return voices.size() == 1
        ? new Claim(c.articleId(), voices.iterator().next(), c.span(), c.text(), c.kinds())
        : c;
  }

  private static final Pattern ANAPHOR =
      Pattern.compile(
          "\\b(?i:the|this|that)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(?i:incident|deaths?|killings?|tragedy|"
              + "crime|crash|downing|shooting|attack|detentions?|arrests?|raid)\\b(?!\\s+of\\b)");
  private static final Set<String> VIOLENT = Set.of("18", "19", "20");
  private static final Pattern PRONOUN =
      Pattern.compile(
          "(?i)\\b(?:called|described|termed|labell?ed|deemed|branded)\\s+it\\b|\\bit\\s+was\\s+(?:an?|the)\\b");
  private static final Pattern WORD = ArticleSentences.WORD;

  /** The events told in one article: what names each, and the sentences that tell it. */
  private record Telling(
      Set<String> stems, Set<String> things, boolean violent, TreeSet<Integer> sentences) {}

  /**
   * Collects what names an event: the stems of its triggers and the noun classes of the things it
   * happened to.
   */
  private static void kindOf(
      Event e, Map<String, String> texts, Set<String> stems, Set<String> things) {
    for (EventMention m : e.mentions()) {
      String own = texts.get(m.articleId());
      if (own != null) {
        stems.addAll(stems(m.trigger().of(own)));
      }
    }
    for (EventMention m : e.mentions()) {
      String own = texts.get(m.articleId());
      if (own != null && !m.target().span().overlaps(m.trigger())) {
        Matcher w = WORD.matcher(m.target().span().of(own));
        String last = null;
        while (w.find()) {
          last = w.group();
        }
        if (last != null && Character.isLowerCase(last.charAt(0))) {
          things.add(EventAnchors.nounClass(last));
        }
      }
    }
  }

  /**
   * Adds the later sentences of an article that speak of the event named by {@code stems} and
   * {@code things} (see {@link #kindOf}) without being mentions; those that refer back to it too
   * when it is {@code violent}.
   */
  private static void related(
      Set<String> stems,
      Set<String> things,
      boolean violent,
      TreeSet<Integer> set,
      List<Span> ss,
      String text,
      ArticleSentences read) {
    Set<String> seedNames = new HashSet<>();
    for (int k : set) {
      for (String n : read.names(k)) {
        if (read.nameCount(n) <= 3) {
          seedNames.add(n);
        }
      }
    }
    int first = set.first();
    TreeSet<Integer> withStem = new TreeSet<>();
    for (String stem : stems) {
      for (int k : read.sentencesAfter(stem, first)) {
        withStem.add(k);
      }
    }
    for (int k : withStem) {
      if (set.contains(k)) {
        continue;
      }
      boolean thing = !Collections.disjoint(read.classes(k), things);
      boolean named = read.names(k).stream().anyMatch(seedNames::contains);
      if (named || thing) {
        set.add(k);
      }
    }
    for (int k : List.copyOf(set)) {
      for (int next = k + 1; next <= k + 2 && next < ss.size(); next++) {
        String sentence = ss.get(next).of(text);
        boolean refers =
            ANAPHOR.matcher(sentence).find() || (violent && PRONOUN.matcher(sentence).find());
        if (!sameParagraph(text, ss.get(k), ss.get(next)) || !refers) {
          break;
        }
        set.add(next);
      }
    }
  }

  /**
   * A sentence that refers back to a violent happening ("the incident") belongs to the closest
   * violent event told before it in the article.
   */
  private static void referBack(
      List<Event> events,
      Map<String, Map<String, TreeSet<Integer>>> told,
      Map<String, String> texts,
      Map<String, List<Span>> sentences) {
    // Each article's sentence sets of violent events, in event order.
    Map<String, List<TreeSet<Integer>>> violentByArticle = new HashMap<>();
    for (Event e : events) {
      if (VIOLENT.contains(e.root())) {
        told.get(e.id())
            .forEach(
                (article, set) ->
                    violentByArticle.computeIfAbsent(article, x -> new ArrayList<>()).add(set));
      }
    }
    for (var article : sentences.entrySet()) {
      String text = texts.get(article.getKey());
      List<Span> ss = article.getValue();
      List<TreeSet<Integer>> violent = violentByArticle.getOrDefault(article.getKey(), List.of());
      for (int k = 0; k < ss.size() && !violent.isEmpty(); k++) {
        if (!ANAPHOR.matcher(ss.get(k).of(text)).find()) {
          continue;
        }
        TreeSet<Integer> closest = null;
        int at = -1;
        for (TreeSet<Integer> set : violent) {
          Integer before = set.floor(k);
          if (before != null && before > at) {
            at = before;
            closest = set;
          }
        }
        if (closest != null) {
          closest.add(k);
        }
      }
    }
  }

  private static Set<String> stems(String words) {
    Set<String> out = new LinkedHashSet<>();
    Matcher w = WORD.matcher(words);
    while (w.find()) {
      out.add(EventAnchors.stem(w.group()));
    }
    return out;
  }

  private static boolean sameParagraph(String text, Span a, Span b) {
    return text.substring(a.end(), b.start()).indexOf('\n') < 0;
  }

  /**
   * The first sentence of {@code ss} holding {@code offset}, or -1; by binary search when {@code
   * inOrder} (the spans in text order, none overlapping the next).
   */
  private static int indexOf(List<Span> ss, int offset, boolean inOrder) {
    if (inOrder) {
      int lo = 0;
      int hi = ss.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Span s = ss.get(mid);
        if (offset < s.start()) {
          hi = mid - 1;
        } else if (offset >= s.end()) {
          lo = mid + 1;
        } else {
          return mid;
        }
      }
      return -1;
    }
    for (int k = 0; k < ss.size(); k++) {
      if (ss.get(k).start() <= offset && offset < ss.get(k).end()) {
        return k;
      }
    }
    return -1;
  }

  private static boolean inOrder(List<Span> ss) {
    for (int k = 1; k < ss.size(); k++) {
      if (ss.get(k).start() < ss.get(k - 1).end()) {
        return false;
      }
    }
    return true;
  }

  /** Runs of neighbouring sentences in one paragraph become one claim each. */
  private static List<Claim> claims(
      String articleId,
      String side,
      TreeSet<Integer> set,
      List<Span> ss,
      String text,
      List<EventMention> mentions) {
    List<Claim> out = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    for (int k : set) {
      if (!run.isEmpty()
          && (k != run.get(run.size() - 1) + 1
              || !sameParagraph(text, ss.get(run.get(run.size() - 1)), ss.get(k)))) {
        out.add(claim(articleId, side, run, ss, text, mentions));
        run.clear();
      }
      run.add(k);
    }
    if (!run.isEmpty()) {
      out.add(claim(articleId, side, run, ss, text, mentions));
    }
    return out;
  }

  private static Claim claim(
      String articleId,
      String side,
      List<Integer> run,
      List<Span> ss,
      String text,
      List<EventMention> mentions) {
    Span span = new Span(ss.get(run.get(0)).start(), ss.get(run.get(run.size() - 1)).end());
    Set<String> kinds = new LinkedHashSet<>();
    for (int k : run) {
      Span sentence = ss.get(k);
      EventMention seed =
          mentions.stream().filter(m -> sentence.contains(m.trigger())).findFirst().orElse(null);
      String t = sentence.of(text);
      List<String> found = seed == null ? kinds(t) : kinds(t, seed, sentence.start());
      for (String kind : found) {
        if (seed != null || !kind.startsWith("number:")) {
          kinds.add(kind);
        }
      }
    }
    return new Claim(articleId, side, span, span.of(text).strip(), List.copyOf(kinds));
  }

  /** The kinds of claim a sentence makes: counts and positions on each dimension. */
  static List<String> kinds(String sentence) {
    return kinds(sentence, null, 0);
  }

  /**
   * The kinds of claim a mention's sentence makes; of its counts only the one that counts the
   * event's target (else the one closest to the trigger), so that "50 were arrested, two of them
   * died" gives 2 for the deaths.
   *
   * @param m the mention, or null to keep every count
   * @param offset where {@code sentence} starts in the article
   */
  static List<String> kinds(String sentence, EventMention m, int offset) {
    Set<String> out = new LinkedHashSet<>();
    Matcher c = COUNT.matcher(sentence);
    List<String> counts = new ArrayList<>();
    String chosen = null;
    int bestDistance = Integer.MAX_VALUE;
    while (c.find()) {
      Integer n = NumberWords.value(c.group(1).toLowerCase(Locale.ROOT));
      int value = n != null ? n : Integer.parseInt(c.group(1).replaceAll("\\D", ""));
      String kind = "number:" + c.group(2).toLowerCase(Locale.ROOT) + "=" + value;
      counts.add(kind);
      if (m != null) {
        Span found = new Span(c.start() + offset, c.end() + offset);
        Span target = m.target().span();
        int distance =
            !target.overlaps(m.trigger()) && found.overlaps(target)
                ? -1
                : Math.min(
                    Math.abs(found.start() - m.trigger().end()),
                    Math.abs(m.trigger().start() - found.end()));
        if (distance < bestDistance) {
          bestDistance = distance;
          chosen = kind;
        }
      }
    }
    if (m == null) {
      out.addAll(counts);
    } else if (chosen != null) {
      out.add(chosen);
    }
    for (var dim : new java.util.TreeMap<>(DIMENSIONS).entrySet()) {
      for (var cls : new java.util.TreeMap<>(dim.getValue()).entrySet()) {
        if (cls.getValue().matcher(sentence).find()) {
          out.add(dim.getKey() + ":" + cls.getKey());
        }
      }
    }
    return List.copyOf(out);
  }

  private static void compare(
      List<Claim> versions, List<String> conflicts, List<String> unmatched) {
    Map<String, Map<String, Set<String>>> byKey = new LinkedHashMap<>();
    Map<String, Set<String>> numbers = new LinkedHashMap<>();
    for (Claim c : versions) {
      for (String k : c.kinds()) {
        if (k.startsWith("number:")) {
          String thing = k.substring(7, k.indexOf('='));
          numbers
              .computeIfAbsent(k.substring(k.indexOf('=') + 1), x -> new LinkedHashSet<>())
              .add(c.articleId() + "|" + thing);
        } else {
          String dim = k.substring(0, k.indexOf(':'));
          byKey
              .computeIfAbsent(dim, x -> new LinkedHashMap<>())
              .computeIfAbsent(k.substring(k.indexOf(':') + 1), x -> new LinkedHashSet<>())
              .add(c.articleId());
        }
      }
    }
    for (var dim : byKey.entrySet()) {
      if (dim.getValue().size() > 1) {
        List<String> sides = new ArrayList<>();
        dim.getValue()
            .forEach((cls, arts) -> sides.add(cls + " (" + String.join(", ", arts) + ")"));
        conflicts.add(dim.getKey() + ": " + String.join(" vs ", sides));
      }
    }
    Set<String> articlesWithNumbers = new LinkedHashSet<>();
    for (Set<String> v : numbers.values()) {
      for (String s : v) {
        articlesWithNumbers.add(s.substring(0, s.indexOf('|')));
      }
    }
    if (numbers.size() > 1 && articlesWithNumbers.size() > 1) {
      conflicts.add("number: " + String.join(" vs ", numbers.keySet()));
    }
    Set<String> articles = new LinkedHashSet<>();
    versions.forEach(c -> articles.add(c.articleId()));
    for (var dim : byKey.entrySet()) {
      for (var cls : dim.getValue().entrySet()) {
        if (cls.getValue().size() < articles.size() && dim.getValue().size() == 1) {
          unmatched.add(
              dim.getKey() + ":" + cls.getKey() + " only in " + String.join(", ", cls.getValue()));
        }
      }
    }
  }
}
