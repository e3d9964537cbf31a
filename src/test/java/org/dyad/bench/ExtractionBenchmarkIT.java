package org.dyad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** HTML extraction quality on the article-extraction benchmark: a floor that only goes up. */
class ExtractionBenchmarkIT {

  @Test
  void beatsTheFloorAndLosesNoPage() throws Exception {
    Path dir =
        Path.of(System.getProperty("dyad.shared", "../shared"), "benchmarks/article-extraction");
    assumeTrue(Files.isDirectory(dir), "benchmark data not found at " + dir);
    ExtractionBenchmark.Result r = ExtractionBenchmark.run(dir);
    assertEquals(60, r.dyad().pages(), r.toString());
    assertTrue(r.dyad().f1() >= 0.98, r + "\nworst: " + r.dyad().worst(5));
    assertEquals(0, r.dyad().lost(), r + "\nworst: " + r.dyad().worst(5));
    assertTrue(r.dyad().f1() > r.baseline().f1(), r.toString());
  }
}
