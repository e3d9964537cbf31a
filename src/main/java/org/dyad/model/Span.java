package org.dyad.model;

/** A half-open character range {@code [start, end)} into an article's text. */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("start index must be zero or greater: " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException(
          "end index must be greater than or equal to start index: start="
              + start
              + ", end="
              + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text; throws if the span does not fit in {@code text}. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span " + this + " is outside a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ".." + end + ")";
  }
}
