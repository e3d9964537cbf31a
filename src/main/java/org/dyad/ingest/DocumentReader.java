package org.dyad.ingest;

import java.util.function.Consumer;

/** Turns the decoded content of one input of a given format into article drafts. */
public interface DocumentReader {

  /**
   * Reads {@code content}; problems confined to part of the input (one bad line of a JSONL file) go
   * to {@code problems} while the rest is still read.
   *
   * @param source the input's name as the user will see it
   * @throws InputException when nothing can be read from the input
   */
  void read(
      String source, String content, Consumer<ArticleDraft> out, Consumer<InputProblem> problems)
      throws InputException;
}
