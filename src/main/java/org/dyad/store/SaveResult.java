package org.dyad.store;

/** What saving one article did: stored it, or found it already stored (exactly or nearly). */
public record SaveResult(Status status, String articleId, String duplicateOf) {

  /** The outcome of a save. */
  public enum Status {
    STORED,
    DUPLICATE,
    NEAR_DUPLICATE
  }

  public SaveResult {
    if (status == null || articleId == null) {
      throw new IllegalArgumentException("status and articleId are required");
    }
    if (status != Status.STORED && duplicateOf == null) {
      throw new IllegalArgumentException("a duplicate needs duplicateOf: " + articleId);
    }
  }
}
