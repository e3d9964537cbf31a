package org.dyad.ingest.text;

/** A line taken out of an article as page furniture, and why. */
public record RemovedLine(int lineNumber, String text, String reason) {

  public RemovedLine {
    if (lineNumber < 0) {
      throw new IllegalArgumentException("lineNumber must be zero or greater: " + lineNumber);
    }
  }
}
