package org.dyad.api;

/** The server could not start listening; the message names the host, port and reason. */
public final class ServerException extends Exception {

  private static final long serialVersionUID = 1L;

  public ServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
