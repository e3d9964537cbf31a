package org.dyad.model;

import java.time.Instant;
import java.util.Locale;

/**
 * An analyst's correction of an analysis, as stored: who made it, when, and what it changes. Its
 * target names facts by what survives re-analysis (an event or quote by the article and span of one
 * of its mentions, an article by its id), never by a generated event id; an {@link Kind#UNDO}
 * retracts an earlier edit, which stays in the history.
 *
 * @param id the edit's number, from 1, in the order edits were made
 * @param target a {@link Key} ({@code ARTICLE@START-END}) for event and speaker edits, an article
 *     id for {@link Kind#SET_PERSPECTIVE}, the retracted edit's id for {@link Kind#UNDO}
 * @param value what the fact becomes: see {@link Kind}; null for kinds without one
 * @param author who made the edit (the analyst's name as they gave it)
 */
public record Edit(
    long id, Kind kind, String target, String value, String author, Instant createdAt) {

  /** The longest author name and value kept. */
  public static final int MAX_TEXT = 200;

  /** What an edit does. */
  public enum Kind {
    /** Leaves the event that has the target mention out of the analysis; no value. */
    HIDE_EVENT,
    /** Adds the event that has the mention named by the value to the target mention's event. */
    MERGE_EVENTS,
    /** Takes the target mention out of its event and makes it an event of its own; no value. */
    SPLIT_MENTION,
    /** Sets the source or target actor of the target mention's event: {@code ROLE:COUNTRY:NAME}. */
    SET_ACTOR,
    /** Sets the speaker of the quote at the target span: {@code COUNTRY:NAME}. */
    SET_SPEAKER,
    /** Sets the target article's perspective: a country code, {@code both} or {@code neutral}. */
    SET_PERSPECTIVE,
    /** Retracts the edit whose id is the target (an undone undo puts its edit back); no value. */
    UNDO;

    /** The kind named, case-insensitively, or an exception listing the kinds. */
    public static Kind parse(String name) {
      try {
        return valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "kind must be one of " + java.util.Arrays.toString(values()) + ": '" + name + "'", e);
      }
    }
  }

  /**
   * Where a fact is stated: the article and the span of an event mention or quote, written {@code
   * ARTICLE@START-END}.
   */
  public record Key(String articleId, int start, int end) {

    public Key {
      if (articleId == null || !articleId.matches("[A-Za-z0-9._-]{1,64}")) {
        throw new IllegalArgumentException(
            "articleId must be 1-64 letters, digits, '.', '_' or '-': '" + articleId + "'");
      }
      new Span(start, end);
    }

    /** The key of a span of an article. */
    public static Key of(String articleId, Span span) {
      return new Key(articleId, span.start(), span.end());
    }

    /**
     * A key written {@code ARTICLE@START-END}.
     *
     * @throws IllegalArgumentException when the text is not one
     */
    public static Key parse(String text) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("([^@\\s]+)@(\\d{1,9})-(\\d{1,9})")
              .matcher(text == null ? "" : text.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "a mention key is ARTICLE@START-END (such as 3f2a9c@120-188): '" + text + "'");
      }
      return new Key(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
      return articleId + "@" + start + "-" + end;
    }
  }

  public Edit {
    if (id < 1) {
      throw new IllegalArgumentException("id must be 1 or more: " + id);
    }
    if (kind == null || createdAt == null) {
      throw new IllegalArgumentException(
          "kind and createdAt are required: " + kind + ", " + createdAt);
    }
    if (author == null || author.isBlank() || author.length() > MAX_TEXT || !printable(author)) {
      throw new IllegalArgumentException(
          "author must be 1-" + MAX_TEXT + " printable characters: '" + author + "'");
    }
    author = author.strip();
    if (target == null) {
      throw new IllegalArgumentException("target is required for " + kind);
    }
    target = target.strip();
    if (value != null && (value.length() > MAX_TEXT || !printable(value))) {
      throw new IllegalArgumentException(
          "value must be at most " + MAX_TEXT + " printable characters: '" + value + "'");
    }
    value = value == null || value.isBlank() ? null : value.strip();
    switch (kind) {
      case HIDE_EVENT, SPLIT_MENTION -> {
        Key.parse(target);
        none(kind, value);
      }
      case MERGE_EVENTS -> {
        Key.parse(target);
        if (value == null || Key.parse(value).equals(Key.parse(target))) {
          throw new IllegalArgumentException(
              "MERGE_EVENTS needs another event's mention key as value: '" + value + "'");
        }
      }
      case SET_ACTOR -> {
        Key.parse(target);
        actor(value);
      }
      case SET_SPEAKER -> {
        Key.parse(target);
        speaker(value);
      }
      case SET_PERSPECTIVE -> {
        new Key(target, 0, 0);
        if (value == null
            || !(value.matches("[A-Z]{2,3}") || value.equals("both") || value.equals("neutral"))) {
          throw new IllegalArgumentException(
              "a perspective is a country code, both or neutral: '" + value + "'");
        }
      }
      case UNDO -> {
        long undone;
        try {
          undone = Long.parseLong(target);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("UNDO's target is an edit id: '" + target + "'", e);
        }
        if (undone < 1 || undone >= id) {
          throw new IllegalArgumentException(
              "UNDO " + id + " must retract an earlier edit: '" + target + "'");
        }
        none(kind, value);
      }
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
  }

  /** The key of the target mention or quote; for event and speaker edits only. */
  public Key key() {
    return Key.parse(target);
  }

  /** The retracted edit's id; for {@link Kind#UNDO} only. */
  public long undoes() {
    if (kind != Kind.UNDO) {
      throw new IllegalStateException("edit " + id + " is no undo: " + kind);
    }
    return Long.parseLong(target);
  }

  /**
   * Which actor of an event a {@link Kind#SET_ACTOR} edit sets: {@code source} or {@code target}.
   */
  public String role() {
    return value.substring(0, value.indexOf(':'));
  }

  /** The actor a {@link Kind#SET_ACTOR} or {@link Kind#SET_SPEAKER} edit sets. */
  public Actor actor() {
    String rest = kind == Kind.SET_ACTOR ? value.substring(value.indexOf(':') + 1) : value;
    int colon = rest.indexOf(':');
    String country = rest.substring(0, colon).strip();
    return new Actor(rest.substring(colon + 1).strip(), country.isEmpty() ? null : country, null);
  }

  private static void actor(String value) {
    if (value == null || !value.matches("(source|target):([A-Z]{2,3})?:.*\\S.*")) {
      throw new IllegalArgumentException(
          "SET_ACTOR's value is source|target:COUNTRY:NAME (COUNTRY may be empty): '"
              + value
              + "'");
    }
  }

  private static void speaker(String value) {
    if (value == null || !value.matches("([A-Z]{2,3})?:.*\\S.*")) {
      throw new IllegalArgumentException(
          "SET_SPEAKER's value is COUNTRY:NAME (COUNTRY may be empty): '" + value + "'");
    }
  }

  private static void none(Kind kind, String value) {
    if (value != null) {
      throw new IllegalArgumentException(kind + " takes no value: '" + value + "'");
    }
  }

  private static boolean printable(String s) {
    return s.codePoints().noneMatch(c -> Character.isISOControl(c));
  }
}
