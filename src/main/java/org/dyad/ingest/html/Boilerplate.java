package org.dyad.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops page furniture that survives extraction: share and follow lines, cookie and sign-up boxes.
 */
final class Boilerplate {

  private static final Pattern LINE =
      Pattern.compile(
          "(?i)^(advertisement|advert|sponsored( content)?|ad|share|share (this|on|via).*"
              + "|share (it|this)\\W*"
              + "|.*\\b(like this (story|article|post)|share (it|this (story|article|post)))\\b.*|follow us.*|read more.*"
              + "|(continue|keep) reading.*|related( articles| stories| content| posts)?\\W*"
              + "|sign up.*|subscribe.*|.*\\bnewsletter\\b.*|.*all rights reserved.*"
              + "|(©|\\(c\\)|copyright) .*|.*\\bcookies?\\b.*|.*\\b(click|tap) here\\b.*"
              + "|\\[\\w+\\b[^\\]]*\\].*\\[/\\w+\\]"
              + "|(photo|image|video|picture)( credit)?s?:.*|comments?|\\d+ comments?"
              + "|(leave|post|add) a (comment|reply).*|.*\\b(follow|like) (us|him|her|them|me)"
              + " on (twitter|facebook|instagram|linkedin|x)\\b.*|(print|email|tweet|pin)( this)?"
              + "( article| story)?|(skip|jump) to (main )?content|loading.*|please enable javascript.*|.*\\brequires javascript\\b.*"
              + "|.*\\b(subscribe|sign up|register)( now| today| here)?\\W*"
              + "|this (story|article) (was|has been) (updated|corrected)\\.?)$");
  private static final Pattern FURTHER_READING =
      Pattern.compile(
          "(?i)^(you (may|might) (also )?(like|enjoy)|related( stories| articles| coverage| content"
              + "| posts| links| reading)?|more (from|on|in|about) .{0,40}|recommended( for you)?"
              + "|read (next|also)|what to read next|most (read|popular|viewed)|trending( now)?"
              + "|more stories|also on .{0,30}|see also|further reading"
              + "|(more|related|recommended|popular|trending|top|latest|other|editors'?) .{0,30}"
              + "\\b(stories|articles|news|reads|posts|videos|coverage|picks))\\s*[:.…]*\\s*$");
  private static final Pattern PROMO =
      Pattern.compile(
          "(?i).*\\b(sign up|subscribe|register)\\b.{0,80}\\b(newsletter|e-?mail|inbox|free)\\b.*"
              + "|.*\\b(newsletter|e-?mail|inbox)\\b.{0,80}\\b(sign up|subscribe)\\b.*");
  private static final int SHORT = 160;

  private Boilerplate() {}

  /** The text without boilerplate paragraphs and without a trailing further-reading list. */
  static String clean(String text, String title) {
    String[] paras = text.split("\n\n");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paras.length; i++) {
      String s = paras[i].strip();
      if (s.isEmpty()
          || s.length() < SHORT && LINE.matcher(s).matches()
          || s.length() < 2 * SHORT && PROMO.matcher(s).matches()) {
        continue;
      }
      if (s.length() < 80 && FURTHER_READING.matcher(s).matches()) {
        if (onlyShortAfter(paras, i + 1)) {
          break;
        }
        continue;
      }
      if (kept.isEmpty() && title != null && s.equals(title)) {
        continue;
      }
      kept.add(s);
    }
    return String.join("\n\n", kept);
  }

  private static boolean onlyShortAfter(String[] paras, int from) {
    for (int i = from; i < paras.length; i++) {
      if (HtmlExtractor.words(paras[i]) > 25) {
        return false;
      }
    }
    return true;
  }
}
