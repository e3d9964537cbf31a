package org.dyad.model;

/**
 * A time expression with its TIMEX3 type and value, normalised against the publication date.
 *
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value such as {@code 2025-06-27}, {@code 2025-06}, {@code PRESENT_REF},
 *     {@code P3Y}; may contain {@code X} for unknown digits
 */
public record TimeExpression(Span span, String text, String type, String value) {

  public TimeExpression {
    if (span == null) {
      throw new IllegalArgumentException("span must not be null");
    }
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("type must not be blank at " + span);
    }
  }

  /** The value as a calendar date when it denotes a year, month or day, else null. */
  public PartialDate date() {
    if (value == null) {
      return null;
    }
    try {
      return PartialDate.parse(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
