package org.dyad.dictionary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The matching form of dictionary phrases and text: words are runs of letters and digits, accents
 * folded and upper-cased, so "VLADIMIR_V._PUTIN" and "Vladimir V. Putin" both give VLADIMIR V
 * PUTIN, and "Syria's" gives SYRIA S as its two tokens do.
 */
public final class Words {

  private Words() {}

  /** The words of a phrase or token; underscores separate words, other punctuation is dropped. */
  public static List<String> of(String phrase) {
    List<String> out = new ArrayList<>();
    if (phrase == null) {
      return out;
    }
    String folded = fold(phrase).toUpperCase(Locale.ROOT);
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  /** The text with combining accents removed ("Pérez" gives "Perez"). */
  public static String fold(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        String folded =
            MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder out = new StringBuilder(folded.length());
        for (int k = 0; k < folded.length(); k++) {
          char c = folded.charAt(k);
          int at = UNDECOMPOSED.indexOf(c);
          out.append(at < 0 ? String.valueOf(c) : LATIN[at]);
        }
        return out.toString();
      }
    }
    return text;
  }

  /** Letters without a decomposition and their Latin spellings ("Łukasz", "Əliyev"). */
  private static final String UNDECOMPOSED = "ŁłØøĐđÆæŒœßıƏə";

  private static final String[] LATIN = {
    "L", "l", "O", "o", "D", "d", "AE", "ae", "OE", "oe", "ss", "i", "A", "a"
  };

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  /** A phrase's words joined by spaces: its key in the dictionaries. */
  public static String key(String phrase) {
    return String.join(" ", of(phrase));
  }

  /**
   * The regular plural of a noun as PETRARCH forms it: Y gives IES, S gives SES... as the format
   * documents ("SS" adds "ES"), anything else adds S.
   */
  static String plural(String noun) {
    if (noun.endsWith("Y")) {
      return noun.substring(0, noun.length() - 1) + "IES";
    }
    if (noun.endsWith("S")) {
      return noun + "ES";
    }
    return noun + "S";
  }
}
