package org.dyad.dictionary;

import java.io.IOException;

/** A dictionary file that does not follow its format, naming the file and line. */
public final class DictionaryFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  public DictionaryFormatException(String source, int line, String message) {
    super(source + ":" + line + ": " + message);
  }
}
