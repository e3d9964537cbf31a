package org.dyad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChildJvmTest {

  @Test
  void figuresTravelAsOneResultLine() {
    var annotation = new AnnotationBenchmark.Figures("dyad", 2, 10, 1234, 1.5, 0.25, 3, 4.125, 99);
    String line = ChildJvm.resultLine(annotation);
    assertEquals("RESULT dyad 2 10 1234 1.500 0.250 3.000 4.125 99", line);
    assertEquals(annotation, ChildJvm.parseResult(AnnotationBenchmark.Figures.class, line));
    var scale =
        new ScaleBenchmark.Figures(
            "add", 7, 2.5, 1.25, 1L << 33, 0.5, 3, 4, true, "0.52 0.40 0.31");
    line = ChildJvm.resultLine(scale);
    assertEquals("RESULT add 7 2.500 1.250 8589934592 0.500 3 4 true 0.52/0.40/0.31", line);
    assertEquals(scale, ChildJvm.parseResult(ScaleBenchmark.Figures.class, line));
    var input = new LongInputBenchmark.Figures("1MB", 3, 1_000_000, 2000, 1, 2, 3, 4, 5, 6, -1);
    assertEquals(
        input, ChildJvm.parseResult(LongInputBenchmark.Figures.class, ChildJvm.resultLine(input)));
  }

  @Test
  void aLineOfOtherFiguresIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ChildJvm.parseResult(ScaleBenchmark.Figures.class, "RESULT dyad 2 10"));
    assertTrue(e.getMessage().contains("RESULT dyad 2 10"), e.getMessage());
  }

  @Test
  void peakRssAndCpuTimeAreMeasuredOrMissing() {
    long rss = ChildJvm.peakRss();
    assertTrue(rss > 0 || rss == -1, "peak RSS " + rss);
    assertTrue(ChildJvm.processCpuNanos() >= 0);
  }
}
