package org.dyad.api;

/** A request the API refuses, with the HTTP status and the message its JSON error body carries. */
final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  ApiError(int status, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP error status: " + status);
    }
    this.status = status;
  }

  /** A query parameter with a value the API cannot use: 400, naming both. */
  static ApiError badParameter(String name, String value, String expected) {
    return new ApiError(
        400, "bad value for " + name + ": '" + value + "' (expected " + expected + ")");
  }

  /** An id that names nothing in the corpus: 404. */
  static ApiError notFound(String what, String id) {
    return new ApiError(404, "no " + what + " with id '" + id + "'");
  }

  int status() {
    return status;
  }
}
