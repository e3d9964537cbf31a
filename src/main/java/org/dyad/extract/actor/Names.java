package org.dyad.extract.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisation and fuzzy comparison for merging spelling variants of person names. */
public final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
  private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N} -]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Names() {}

  /** A name as written, without a possessive, surrounding quotes or runs of spaces. */
  static String clean(String s) {
    String c = s.replaceAll("['\u2019]s$", "").replaceAll("\\s+", " ").strip();
    c = c.replaceAll("^[\"\u201c\u201d\u00ab\u00bb*]+|[\"\u201c\u201d\u00ab\u00bb*]+$", "");
    return c.isBlank() ? s.strip() : c;
  }

  /** Lower case, diacritics and punctuation removed, possessive dropped. */
  public static String fold(String s) {
    String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    n = POSSESSIVE.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
    return SPACES.matcher(OTHER.matcher(n).replaceAll("")).replaceAll(" ").strip();
  }

  /** The words of a folded name, as {@link #samePerson(String[], String[])} compares them. */
  public static String[] foldedWords(String name) {
    return fold(name).split(" ");
  }

  /** The surname key of a person name: its last word, folded. */
  public static String surnameKey(String name) {
    String f = fold(name);
    int sp = f.lastIndexOf(' ');
    return sp < 0 ? f : f.substring(sp + 1);
  }

  /**
   * True when two folded words are the same name written differently: equal, or at most one edit
   * apart when both are at least five letters (Aliev/Aliyev, Nikolai/Nikolay).
   */
  public static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.length() < 5 || b.length() < 5 || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    return editDistanceAtMostOne(a, b);
  }

  static boolean editDistanceAtMostOne(String a, String b) {
    if (a.length() > b.length()) {
      String t = a;
      a = b;
      b = t;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.substring(i).equals(b.substring(i + 1));
  }

  /** True when two full names can denote the same person. */
  public static boolean samePerson(String a, String b) {
    return samePerson(foldedWords(a), foldedWords(b));
  }

  /** {@link #samePerson(String, String)} on names already split by {@link #foldedWords}. */
  public static boolean samePerson(String[] x, String[] y) {
    if (!sameWord(x[x.length - 1], y[y.length - 1])) {
      return false;
    }
    if (x.length > 1 && y.length > 1) {
      return sameWord(x[0], y[0]) || x[0].charAt(0) == y[0].charAt(0);
    }
    return true;
  }
}
