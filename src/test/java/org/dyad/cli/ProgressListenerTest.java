package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {

  private static List<String> run(AnalyzeCommand.Progress mode, boolean terminal, int articles) {
    StringWriter out = new StringWriter();
    try (AnalyzeCommand.ProgressListener l =
        new AnalyzeCommand.ProgressListener(new PrintWriter(out), mode, terminal)) {
      l.started(articles);
      for (int i = 0; i < articles; i++) {
        l.articleDone(null, null, "stored");
      }
    }
    return out.toString().lines().toList();
  }

  @Test
  void withoutATerminalTheBarIsALineAtEveryTenthOfTheRun() {
    List<String> lines = run(AnalyzeCommand.Progress.bar, false, 40);
    assertEquals(10, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("dyad: 4 of 40 articles (10%) in "), lines.get(0));
    assertTrue(lines.get(9).startsWith("dyad: 40 of 40 articles (100%) in "), lines.get(9));
    assertTrue(lines.stream().noneMatch(l -> l.contains("\r")));
  }

  @Test
  void aShortRunOrNoneSaysNothing() {
    assertEquals(
        List.of(), run(AnalyzeCommand.Progress.bar, false, AnalyzeCommand.PROGRESS_THRESHOLD));
    assertEquals(List.of(), run(AnalyzeCommand.Progress.none, false, 40));
  }
}
