package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DyadSparkJobOptionsTest {

  @Test
  void keepsSparkPropertiesAndDefaultsToNone() {
    DyadSparkJob.Options given =
        new DyadSparkJob.Options(
            List.of("in"), "out", null, 0, 1, Map.of("spark.executor.memory", "3g"));
    assertEquals(Map.of("spark.executor.memory", "3g"), given.conf());
    assertEquals(Map.of(), new DyadSparkJob.Options(List.of("in"), "out", null, 0, 1).conf());
  }

  @Test
  void refusesAPropertyOutsideSparkNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new DyadSparkJob.Options(
                    List.of("in"), "out", null, 0, 1, Map.of("executor.memory", "3g")));
    assertTrue(e.getMessage().contains("executor.memory=3g"), e.getMessage());
  }
}
