package org.dyad.ingest;

/** One input that could not be read, with a message a user can act on. */
public record InputProblem(String source, String message) {

  public InputProblem {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank: '" + source + "'");
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank for " + source);
    }
  }

  @Override
  public String toString() {
    return source + ": " + message;
  }
}
