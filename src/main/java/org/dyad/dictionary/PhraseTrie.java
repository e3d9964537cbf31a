package org.dyad.dictionary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/** Phrases of words mapped to values, for longest matches in a word sequence. */
final class PhraseTrie<V> {

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>(2);
    V value;
  }

  /** A match: the value and the number of words it covers. */
  record Match<V>(V value, int length) {}

  private final Node<V> root = new Node<>();
  private int size;

  /** Adds a phrase; when it is already present, {@code merge(old, value)} is kept. */
  void put(List<String> words, V value, BinaryOperator<V> merge) {
    if (words.isEmpty()) {
      return;
    }
    Node<V> n = root;
    for (String w : words) {
      n = n.next.computeIfAbsent(w, k -> new Node<>());
    }
    if (n.value == null) {
      size++;
      n.value = value;
    } else {
      n.value = merge.apply(n.value, value);
    }
  }

  V get(List<String> words) {
    Node<V> n = root;
    for (String w : words) {
      n = n.next.get(w);
      if (n == null) {
        return null;
      }
    }
    return n.value;
  }

  /** The longest phrase starting at {@code from} in {@code words}, or null. */
  Match<V> longest(List<String> words, int from) {
    Node<V> n = root;
    Match<V> best = null;
    for (int j = from; j < words.size(); j++) {
      n = n.next.get(words.get(j));
      if (n == null) {
        break;
      }
      if (n.value != null) {
        best = new Match<>(n.value, j - from + 1);
      }
    }
    return best;
  }

  /** Calls {@code visit} with every phrase's value. */
  void forEach(java.util.function.Consumer<V> visit) {
    java.util.ArrayDeque<Node<V>> todo = new java.util.ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node<V> n = todo.pop();
      if (n.value != null) {
        visit.accept(n.value);
      }
      n.next.values().forEach(todo::push);
    }
  }

  int size() {
    return size;
  }
}
