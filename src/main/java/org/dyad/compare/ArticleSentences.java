package org.dyad.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Span;

/**
 * What {@link DivergenceFinder} reads of each sentence of one article to find the sentences that
 * speak of an event, read once per article: its capitalised names, the stems and noun classes of
 * its words, and the sentences each stem occurs in.
 */
final class ArticleSentences {

  static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]{3,}");
  static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final List<List<String>> names = new ArrayList<>();
  private final Map<String, Integer> nameCounts = new HashMap<>();
  private final List<Set<String>> classes = new ArrayList<>();
  private final Map<String, int[]> sentencesByStem = new HashMap<>();

  /** The sentences {@code spans} of {@code text}. */
  ArticleSentences(String text, List<Span> spans) {
    Map<String, List<Integer>> byStem = new HashMap<>();
    for (int k = 0; k < spans.size(); k++) {
      String sentence = spans.get(k).of(text);
      List<String> ns = names(sentence);
      names.add(ns);
      for (String n : ns) {
        nameCounts.merge(n, 1, Integer::sum);
      }
      Set<String> cs = new LinkedHashSet<>();
      Matcher w = WORD.matcher(sentence);
      while (w.find()) {
        List<Integer> ks =
            byStem.computeIfAbsent(EventAnchors.stem(w.group()), x -> new ArrayList<>());
        if (ks.isEmpty() || ks.get(ks.size() - 1) != k) {
          ks.add(k);
        }
        cs.add(EventAnchors.nounClass(w.group()));
      }
      classes.add(cs);
    }
    byStem.forEach((stem, ks) -> sentencesByStem.put(stem, ks.stream().mapToInt(i -> i).toArray()));
  }

  /** The capitalised names of a sentence that are not its first word, in order. */
  static List<String> names(String sentence) {
    List<String> out = new ArrayList<>();
    Matcher n = NAME.matcher(sentence);
    while (n.find()) {
      if (n.start() > 0) {
        out.add(n.group());
      }
    }
    return out;
  }

  /** The names of sentence {@code k}. */
  List<String> names(int k) {
    return names.get(k);
  }

  /**
   * How many times the article names {@code name}, counted as {@link #names(String)} finds them.
   */
  int nameCount(String name) {
    return nameCounts.getOrDefault(name, 0);
  }

  /** The noun classes ({@link EventAnchors#nounClass}) of the words of sentence {@code k}. */
  Set<String> classes(int k) {
    return classes.get(k);
  }

  /** The sentences after {@code k} with a word of stem {@code stem}, in order. */
  int[] sentencesAfter(String stem, int k) {
    int[] ks = sentencesByStem.get(stem);
    if (ks == null) {
      return new int[0];
    }
    int i = Arrays.binarySearch(ks, k + 1);
    return Arrays.copyOfRange(ks, i < 0 ? -i - 1 : i, ks.length);
  }
}
