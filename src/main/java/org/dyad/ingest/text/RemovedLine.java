package org.dyad.ingest.text;

/** A line taken out of a page as furniture, with its line number (from 1) and why. */
public record RemovedLine(int lineNumber, String text, String reason) {

  public RemovedLine {
    if (lineNumber < 1) {
      throw new IllegalArgumentException("lineNumber must be 1 or greater: " + lineNumber);
    }
    if (text == null) {
      throw new IllegalArgumentException("text must not be null for line " + lineNumber);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank for line " + lineNumber);
    }
  }
}
