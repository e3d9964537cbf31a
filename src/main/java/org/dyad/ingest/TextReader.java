package org.dyad.ingest;

import java.util.function.Consumer;
import org.dyad.ingest.text.TextArticleParser;

/** Reads a plain-text page: one article, furniture removed, metadata found in the text. */
public final class TextReader implements DocumentReader {

  private final TextArticleParser parser;

  public TextReader(TextArticleParser parser) {
    this.parser = parser;
  }

  @Override
  public void read(
      String source, String content, Consumer<ArticleDraft> out, Consumer<InputProblem> problems)
      throws InputException {
    ArticleDraft draft = parser.parse(source, content);
    if (draft.text().isBlank()) {
      throw new InputException("no article text left after removing page furniture");
    }
    out.accept(draft);
  }
}
