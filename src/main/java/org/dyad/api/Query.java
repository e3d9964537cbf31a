package org.dyad.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;

/** Reads and checks query parameters; a bad value is an {@link ApiError} naming the parameter. */
final class Query {

  /** The largest page a list endpoint returns. */
  static final int MAX_LIMIT = 1000;

  private final Function<String, String> params;

  /** Reads parameters through {@code params}, which returns null for an absent parameter. */
  Query(Function<String, String> params) {
    if (params == null) {
      throw new IllegalArgumentException("params must not be null");
    }
    this.params = params;
  }

  /**
   * Refuses a raw query string with a malformed percent escape or a parameter that does not decode
   * to UTF-8 (as {@code dyad analyze} refuses such files), naming the parameter.
   */
  static void requireWellFormed(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      String shownName = decode(name) == null ? "a parameter name" : decode(name);
      if (decode(name) == null || decode(value) == null) {
        throw ApiError.badParameter(
            shownName,
            value.length() > 100 ? value.substring(0, 100) + "..." : value,
            "percent-encoded UTF-8");
      }
    }
  }

  /** A percent-encoded string decoded as strict UTF-8, or null when it cannot be. */
  private static String decode(String s) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()
            || Character.digit(s.charAt(i + 1), 16) < 0
            || Character.digit(s.charAt(i + 2), 16) < 0) {
          return null;
        }
        bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    try {
      return java.nio.charset.StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  /** The parameter's value, stripped, or null when it is absent or blank. */
  String string(String name) {
    String v = params.apply(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  PartialDate date(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    try {
      return PartialDate.parse(v);
    } catch (IllegalArgumentException e) {
      throw ApiError.badParameter(name, v, "YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }

  /** An ISO 3166 alpha-3 country code (or {@code EU}), upper-cased. */
  String country(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    if (!v.matches("[A-Za-z]{2,3}")) {
      throw ApiError.badParameter(name, v, "an ISO 3166 alpha-3 country code such as FRA");
    }
    return v.toUpperCase(Locale.ROOT);
  }

  /** A CAMEO root or code prefix: 2 to 4 digits, root 01 to 20. */
  String cameo(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    if (!v.matches("\\d{2,4}")
        || Integer.parseInt(v.substring(0, 2)) < 1
        || Integer.parseInt(v.substring(0, 2)) > 20) {
      throw ApiError.badParameter(name, v, "a CAMEO root 01-20 or a code such as 173");
    }
    return v;
  }

  Modality modality(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    for (Modality m : Modality.values()) {
      if (m.label().equalsIgnoreCase(v)) {
        return m;
      }
    }
    throw ApiError.badParameter(
        name,
        v,
        "one of "
            + Arrays.stream(Modality.values())
                .map(Modality::label)
                .collect(Collectors.joining(", ")));
  }

  /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
  int integer(String name, int fallback, int min, int max) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiError.badParameter(name, v, "a whole number from " + min + " to " + max);
  }

  /** One of {@code allowed} (case-insensitive, returned lower-case), or {@code fallback}. */
  String oneOf(String name, String fallback, String... allowed) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    for (String a : allowed) {
      if (a.equalsIgnoreCase(v)) {
        return a;
      }
    }
    throw ApiError.badParameter(name, v, String.join(" or ", allowed));
  }

  /** The {@code offset} and {@code limit} of a list request. */
  Page page(int defaultLimit) {
    return new Page(
        integer("offset", 0, 0, Integer.MAX_VALUE), integer("limit", defaultLimit, 1, MAX_LIMIT));
  }

  /** A slice of a list: skip {@code offset} items, return at most {@code limit}. */
  record Page(int offset, int limit) {

    Page {
      if (offset < 0 || limit < 1) {
        throw new IllegalArgumentException(
            "offset must be >= 0 and limit >= 1: offset=" + offset + ", limit=" + limit);
      }
    }

    <T> java.util.List<T> of(java.util.List<T> all) {
      int from = Math.min(offset, all.size());
      return all.subList(from, (int) Math.min((long) from + limit, all.size()));
    }
  }
}
