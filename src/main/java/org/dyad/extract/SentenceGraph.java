package org.dyad.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/** Navigation over one sentence's dependency graph: children, parents and subtrees by relation. */
public final class SentenceGraph {

  private final Sentence sentence;
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> parents;

  public SentenceGraph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    children = new ArrayList<>(n);
    parents = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
      parents.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() >= n || d.governor() >= n) {
        continue;
      }
      parents.get(d.dependent()).add(d);
      if (d.governor() >= 0) {
        children.get(d.governor()).add(d);
      }
    }
  }

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return sentence.tokens().size();
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  public String lemma(int i) {
    Token t = token(i);
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  public String word(int i) {
    return token(i).word();
  }

  public String pos(int i) {
    return token(i).pos() == null ? "" : token(i).pos();
  }

  public List<Dependency> children(int i) {
    return children.get(i);
  }

  public List<Dependency> parents(int i) {
    return parents.get(i);
  }

  /** Children whose relation equals {@code rel} or starts with {@code rel + ":"}. */
  public List<Integer> children(int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children.get(i)) {
      if (is(d.relation(), rel)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The first child with relation {@code rel} (or a subtype), or -1. */
  public int child(int i, String rel) {
    List<Integer> c = children(i, rel);
    return c.isEmpty() ? -1 : c.get(0);
  }

  /** The first governor of {@code i} over a relation {@code rel} (or a subtype), or -1. */
  public int parent(int i, String rel) {
    for (Dependency d : parents.get(i)) {
      if (is(d.relation(), rel) && d.governor() >= 0) {
        return d.governor();
      }
    }
    return -1;
  }

  /** The relation from {@code i}'s first governor, or "root". */
  public String relationToParent(int i) {
    for (Dependency d : parents.get(i)) {
      if (d.governor() >= 0 && !d.relation().equals("ref")) {
        return d.relation();
      }
    }
    return "root";
  }

  /** The head's governor over its first non-root relation, or -1. */
  public int head(int i) {
    for (Dependency d : parents.get(i)) {
      if (d.governor() >= 0 && !d.relation().equals("ref")) {
        return d.governor();
      }
    }
    return -1;
  }

  /** True when {@code relation} is {@code rel} or one of its subtypes. */
  public static boolean is(String relation, String rel) {
    return relation.equals(rel) || relation.startsWith(rel + ":");
  }

  /**
   * Token indices reachable from {@code i} following child relations accepted by {@code follow}.
   */
  public TreeSet<Integer> subtree(int i, Predicate<String> follow) {
    TreeSet<Integer> seen = new TreeSet<>();
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    todo.add(i);
    while (!todo.isEmpty()) {
      int t = todo.poll();
      if (!seen.add(t)) {
        continue;
      }
      for (Dependency d : children.get(t)) {
        if (follow.test(d.relation()) && d.dependent() > -1) {
          todo.add(d.dependent());
        }
      }
    }
    return seen;
  }

  /** The noun phrase of a head: its subtree without clauses, coordination or punctuation hops. */
  public TreeSet<Integer> phrase(int head) {
    return subtree(
        head,
        r ->
            !is(r, "acl")
                && !is(r, "conj")
                && !is(r, "cc")
                && !is(r, "punct")
                && !is(r, "ref")
                && !is(r, "dep")
                && !is(r, "parataxis")
                && !is(r, "advcl")
                && !is(r, "nsubj")
                && !is(r, "obj")
                && !is(r, "ccomp")
                && !is(r, "xcomp")
                && !r.endsWith("tmod")
                && !r.equals("obl:on")
                && !r.equals("nmod:on"));
  }

  /** The character span covered by a set of token indices (from first to last). */
  public Span span(TreeSet<Integer> tokens) {
    return new Span(token(tokens.first()).span().start(), token(tokens.last()).span().end());
  }

  /** Index of the token covering character {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (Token t : sentence.tokens()) {
      if (t.span().start() <= offset && offset < t.span().end()) {
        return t.index();
      }
    }
    return -1;
  }

  /** The chain from {@code i} up to the root, {@code i} first. */
  public java.util.List<Integer> ancestors(int i) {
    java.util.List<Integer> chain = new ArrayList<>();
    int t = i;
    while (t >= 0 && !chain.contains(t) && chain.size() < size()) {
      chain.add(t);
      t = head(t);
    }
    return chain;
  }

  /**
   * The path between two tokens through their lowest common ancestor, as the tokens strictly
   * between them, or null when they are not connected.
   */
  public java.util.List<Integer> pathBetween(int a, int b) {
    java.util.List<Integer> up = ancestors(a);
    java.util.List<Integer> down = ancestors(b);
    for (int i = 0; i < up.size(); i++) {
      int j = down.indexOf(up.get(i));
      if (j >= 0) {
        java.util.List<Integer> path = new ArrayList<>(up.subList(1, i + 1));
        for (int k = j - 1; k >= 1; k--) {
          path.add(down.get(k));
        }
        if (i > 0 && j > 0) {
          return path;
        }
        path.remove(Integer.valueOf(a));
        path.remove(Integer.valueOf(b));
        return path;
      }
    }
    return null;
  }

  public boolean negated(int i) {
    return negation(i) >= 0;
  }

  /** The word that negates token {@code i} ("not", "n't", "never"), or -1. */
  public int negation(int i) {
    for (Dependency d : children.get(i)) {
      if (is(d.relation(), "advmod") || d.relation().equals("neg")) {
        String w = word(d.dependent()).toLowerCase(Locale.ROOT);
        if (w.equals("not") || w.equals("n't") || w.equals("never")) {
          return d.dependent();
        }
      }
    }
    return -1;
  }
}
