package org.dyad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.actor.Names;
import org.dyad.extract.actor.Places;
import org.dyad.extract.quote.QuoteExtractor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Gazetteer;

/**
 * Scores quote and speaker attribution against PolNeAR (brat standoff: Source, Cue, Content): a
 * predicted quote matches a gold attribution when their content spans overlap by at least half of
 * the shorter one; the speaker is right when the predicted speaker mention overlaps the gold source
 * span or names the same person.
 */
public final class PolnearBenchmark {

  /** Precision, recall and F1 of content spans, and speaker accuracy over matched quotes. */
  public record Scores(
      int documents,
      int gold,
      int predicted,
      double precision,
      double recall,
      double f1,
      double speakerAccuracy) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "documents %d  gold %d  predicted %d  content P %.1f R %.1f F1 %.1f  speaker accuracy %.1f%%",
          documents,
          gold,
          predicted,
          100 * precision,
          100 * recall,
          100 * f1,
          100 * speakerAccuracy);
    }
  }

  private record Gold(List<Span> content, List<Span> source, String sourceText) {}

  private PolnearBenchmark() {}

  public static Scores run(Path split, Annotator annotator, Gazetteer gazetteer, int limit)
      throws IOException {
    Places places = Places.load();
    QuoteExtractor extractor = new QuoteExtractor();
    List<Path> texts;
    try (Stream<Path> s = Files.list(split.resolve("text"))) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
    }
    Map<String, Path> annotations = new HashMap<>();
    try (Stream<Path> s = Files.list(split.resolve("attributions"))) {
      s.filter(p -> p.toString().endsWith(".ann"))
          .sorted()
          .forEach(
              p -> {
                String name = p.getFileName().toString().replaceAll("_[0-9a-f]{4}\\.ann$", ".txt");
                annotations.putIfAbsent(name, p);
              });
    }
    int gold = 0;
    int predicted = 0;
    int matchedGold = 0;
    int matchedPredicted = 0;
    int speakerRight = 0;
    int docs = 0;
    for (Path t : texts) {
      Path ann = annotations.get(t.getFileName().toString());
      if (ann == null) {
        continue;
      }
      docs++;
      String text = Files.readString(t, StandardCharsets.UTF_8);
      List<Gold> golds = gold(ann, text);
      Article a =
          new Article(
              "p" + docs,
              t.getFileName().toString(),
              null,
              null,
              null,
              null,
              null,
              false,
              "en",
              text);
      AnnotatedArticle an = annotator.annotate(a);
      ArticleContext ctx = new ArticleContext(an);
      List<Quote> quotes = extractor.extract(ctx, new ActorResolver(ctx, gazetteer, places));
      gold += golds.size();
      predicted += quotes.size();
      boolean[] used = new boolean[quotes.size()];
      for (Gold g : golds) {
        for (int i = 0; i < quotes.size(); i++) {
          Quote q = quotes.get(i);
          if (used[i] || !matches(q.span(), g.content())) {
            continue;
          }
          used[i] = true;
          matchedGold++;
          if (q.speaker() != null
              && (q.speakerSpan() != null
                      && g.source().stream().anyMatch(s -> s.overlaps(q.speakerSpan()))
                  || g.sourceText() != null
                      && Names.samePerson(q.speaker().name(), g.sourceText()))) {
            speakerRight++;
          }
          break;
        }
      }
      for (boolean u : used) {
        matchedPredicted += u ? 1 : 0;
      }
    }
    double p = matchedPredicted / (double) Math.max(1, predicted);
    double r = matchedGold / (double) Math.max(1, gold);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Scores(
        docs, gold, predicted, p, r, f, speakerRight / (double) Math.max(1, matchedGold));
  }

  static boolean matches(Span predicted, List<Span> gold) {
    int overlap = 0;
    int goldLength = 0;
    for (Span g : gold) {
      goldLength += g.length();
      if (g.overlaps(predicted)) {
        overlap += Math.min(g.end(), predicted.end()) - Math.max(g.start(), predicted.start());
      }
    }
    return overlap > 0 && overlap * 2 >= Math.min(goldLength, predicted.length());
  }

  private static List<Gold> gold(Path ann, String text) throws IOException {
    Map<String, List<Span>> spans = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 2) {
        continue;
      }
      if (f[0].startsWith("T")) {
        String[] typeAndOffsets = f[1].split(" ", 2);
        labels.put(f[0], typeAndOffsets[0]);
        List<Span> parts = new ArrayList<>();
        for (String part : typeAndOffsets[1].split(";")) {
          String[] se = part.trim().split(" ");
          int start = Integer.parseInt(se[0]);
          int end = Math.min(Integer.parseInt(se[1]), text.length());
          if (start < end) {
            parts.add(new Span(start, end));
          }
        }
        spans.put(f[0], parts);
      } else if (f[0].startsWith("E")) {
        relations.add(f[1].split(" "));
      }
    }
    List<Gold> out = new ArrayList<>();
    for (String[] rel : relations) {
      List<Span> content = List.of();
      List<Span> source = List.of();
      for (String arg : rel) {
        String[] kv = arg.split(":");
        if (kv.length != 2 || !spans.containsKey(kv[1])) {
          continue;
        }
        if (kv[0].startsWith("Content")) {
          content = spans.get(kv[1]);
        } else if (kv[0].startsWith("Source")) {
          source = spans.get(kv[1]);
        }
      }
      if (!content.isEmpty()) {
        String sourceText = source.isEmpty() ? null : source.get(0).of(text);
        out.add(new Gold(content, source, sourceText));
      }
    }
    return out;
  }
}
