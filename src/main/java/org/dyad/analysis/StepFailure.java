package org.dyad.analysis;

/**
 * One step of the analysis that failed for one article or event, which is left out while the rest
 * of the corpus goes on.
 *
 * @param stage the step: ingest, annotation, storage, actors, events and quotes, perspective,
 *     merge, divergences or tension
 * @param source the source of the article (for an event, of the articles that report it)
 * @param subject what failed: "article ID" or "event ID"
 * @param error the exception, on one line
 */
public record StepFailure(String stage, String source, String subject, String error) {

  /** Longest error text kept. */
  private static final int MAX_ERROR = 300;

  public StepFailure {
    if (stage == null || stage.isBlank()) {
      throw new IllegalArgumentException("stage must not be blank: '" + stage + "'");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank for stage " + stage);
    }
    subject = subject == null || subject.isBlank() ? "article" : subject;
    if (error == null || error.isBlank()) {
      throw new IllegalArgumentException("error must not be blank for " + source);
    }
  }

  /** The failure of a step over {@code subject} from {@code source}, from what it threw. */
  public static StepFailure of(String stage, String source, String subject, Throwable thrown) {
    String e = thrown.toString().split("\\R", 2)[0];
    return new StepFailure(
        stage, source, subject, e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR) + "..." : e);
  }
}
