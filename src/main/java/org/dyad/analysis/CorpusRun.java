package org.dyad.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dyad.analysis.ArticleExtraction.Work;
import org.dyad.compare.CorpusPairs;
import org.dyad.extract.actor.PeopleDirectory;
import org.dyad.extract.actor.PersonProfile;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.Perspective;

/**
 * Runs an extraction's steps over a whole corpus in one process, in order (people, events and
 * quotes, corpus actors, merge, pairs, perspectives, comparison), each step guarded so that a
 * failure stays with its article or event.
 */
final class CorpusRun {

  private final Extraction extraction;
  private final ArticleExtraction perArticle;

  CorpusRun(Extraction extraction, ArticleExtraction perArticle) {
    this.extraction = extraction;
    this.perArticle = perArticle;
  }

  /** The corpus analysis of {@code articles}, each step guarded by {@code guard}. */
  CorpusAnalysis analyze(List<AnnotatedArticle> articles, StepGuard guard) {
    List<AnnotatedArticle> counted = new ArrayList<>();
    List<Map<String, Integer>> countries = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      Map<String, Integer> c = guard.article("actors", a, () -> CorpusPairs.countries(a));
      if (c != null) {
        counted.add(a);
        countries.add(c);
      }
    }
    List<List<String>> candidates = extraction.candidates(countries);
    List<Work> work = new ArrayList<>();
    List<PersonProfile> directory = new ArrayList<>();
    for (int i = 0; i < counted.size(); i++) {
      AnnotatedArticle a = counted.get(i);
      Map<String, Integer> c = countries.get(i);
      Work w =
          guard.article(
              "actors",
              a,
              () -> {
                Work made = perArticle.work(a, CorpusPairs.pairOf(c, candidates));
                made.actors.people();
                return made;
              });
      if (w != null) {
        work.add(w);
        directory.addAll(w.actors.people());
      }
    }
    PeopleDirectory people = PeopleDirectory.of(directory);
    Map<String, Work> byId = new HashMap<>();
    List<ArticleFindings> found = new ArrayList<>();
    for (Work w : work) {
      ArticleFindings f =
          guard.article("events and quotes", w.ctx.annotated(), () -> perArticle.find(w, people));
      if (f != null) {
        byId.put(f.articleId(), w);
        found.add(f);
      }
    }
    Function<ArticleFindings, StepGuard.Failed> article =
        f ->
            new StepGuard.Failed(
                byId.get(f.articleId()).ctx.annotated().article().source(),
                "article " + f.articleId());
    StepGuard.Kept<ArticleFindings, List<Event>> merged =
        extraction.canonicalMerged(guard, found, id -> byId.get(id).ctx.annotated(), article);
    List<List<String>> pairs =
        guard
            .corpus(
                "pairs",
                merged.result(),
                es -> extraction.pairs(candidates, es),
                StepGuard.events(articles),
                candidates)
            .result();
    Map<List<String>, Map<String, Perspective>> byPair = new LinkedHashMap<>();
    pairs.forEach(p -> byPair.put(p, new HashMap<>()));
    for (ArticleFindings c : merged.items()) {
      Work w = byId.get(c.articleId());
      List<Perspective> ps =
          guard.article(
              "perspective", w.ctx.annotated(), () -> perArticle.perspectives(w, c, pairs));
      if (ps != null) {
        for (int k = 0; k < pairs.size(); k++) {
          byPair.get(pairs.get(k)).put(w.ctx.articleId(), ps.get(k));
        }
      }
    }
    return extraction.compare(articles, merged.result(), merged.items(), byPair, guard);
  }
}
