package org.dyad.extract.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbered person names indexed by surname key, so that the names that can denote the same person
 * as a given one ({@link Names#samePerson}: surnames equal or one edit apart) are found without
 * scanning them all. Each key is filed under itself and, from five letters on, under every string
 * one deletion away, so two keys at most one edit apart always share an entry.
 */
final class SurnameIndex {

  private final Map<String, List<String>> keysByVariant = new HashMap<>();
  private final Map<String, List<Integer>> idsByKey = new HashMap<>();

  /** Files {@code id} under the surname key of {@code folded} words of a name. */
  void add(String[] folded, int id) {
    String key = folded[folded.length - 1];
    List<Integer> ids = idsByKey.get(key);
    if (ids == null) {
      ids = new ArrayList<>(2);
      idsByKey.put(key, ids);
      for (String v : variants(key)) {
        keysByVariant.computeIfAbsent(v, k -> new ArrayList<>(1)).add(key);
      }
    }
    ids.add(id);
  }

  /**
   * The ids filed under a surname key at most one edit from that of {@code folded}, in ascending
   * order without repeats; a superset of those {@link Names#samePerson} accepts.
   */
  int[] candidates(String[] folded) {
    String key = folded[folded.length - 1];
    Set<String> keys = new LinkedHashSet<>();
    for (String v : variants(key)) {
      List<String> ks = keysByVariant.get(v);
      if (ks != null) {
        keys.addAll(ks);
      }
    }
    int n = 0;
    for (String k : keys) {
      n += idsByKey.get(k).size();
    }
    int[] out = new int[n];
    int i = 0;
    for (String k : keys) {
      for (int id : idsByKey.get(k)) {
        out[i++] = id;
      }
    }
    if (keys.size() > 1) {
      Arrays.sort(out);
    }
    return out;
  }

  /** A key and, when it is long enough to have spelling variants, its one-deletion strings. */
  private static Set<String> variants(String key) {
    if (key.length() < 5) {
      return Set.of(key);
    }
    Set<String> out = new LinkedHashSet<>();
    out.add(key);
    for (int i = 0; i < key.length(); i++) {
      out.add(key.substring(0, i) + key.substring(i + 1));
    }
    return out;
  }
}
