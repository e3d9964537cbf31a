package org.dyad.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.compare.PerspectiveModel.Label;
import org.dyad.compare.PerspectiveModel.Sample;
import org.junit.jupiter.api.Test;

class PerspectiveModelTest {

  private static Map<String, Double> features(double outlet, double evenness) {
    Map<String, Double> f = new HashMap<>();
    f.put("outlet", outlet);
    f.put("voice_evenness", evenness);
    return f;
  }

  @Test
  void theShippedWeightsAreReadAndWrittenBackUnchanged() {
    PerspectiveModel m = PerspectiveModel.load();
    assertEquals(PerspectiveModel.SIDE, List.copyOf(m.side().keySet()));
    assertEquals(m, PerspectiveModel.parse(m.format("test")));
  }

  @Test
  void aWeightsFileMissingAFeatureOrWithABadRowIsRefused() {
    String missing = "group\tfeature\tweight\nside\tvoice\t1\n";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PerspectiveModel.parse(missing));
    assertTrue(e.getMessage().contains("side weights"), e.getMessage());
    String bad = PerspectiveModel.load().format("x") + "side\tvoice\tmany\n";
    e = assertThrows(IllegalArgumentException.class, () -> PerspectiveModel.parse(bad));
    assertTrue(e.getMessage().contains("many"), e.getMessage());
  }

  @Test
  void fittingLearnsWhichFeaturesTellTheSidesAndBothApart() {
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      samples.add(new Sample(features(1, 0), Label.FIRST));
      samples.add(new Sample(features(-1, 0), Label.SECOND));
      samples.add(new Sample(features(0, 0.9), Label.BOTH));
    }
    PerspectiveModel m = PerspectiveModel.fit(samples, 0.01);
    assertTrue(m.side().get("outlet") > 1, m.toString());
    assertTrue(m.both().get("voice_evenness") > 0.5, m.toString());
    assertEquals(Label.FIRST, m.decide(features(1, 0)));
    assertEquals(Label.SECOND, m.decide(features(-1, 0)));
    assertEquals(Label.BOTH, m.decide(features(0, 0.9)));
    for (double w : m.side().values()) {
      assertTrue(w >= 0, "side weights are never negative: " + m);
    }
  }

  @Test
  void evaluativeWordsComeFromTheVaderLexicon() {
    assertTrue(PerspectiveClassifier.valence("Brutal") < -2);
    assertTrue(PerspectiveClassifier.valence("peace") > 2);
    assertEquals(0, PerspectiveClassifier.valence("ministry"));
  }

  @Test
  void withoutAnySignOfTwoAccountsAnArticleGoesToASide() {
    PerspectiveModel m = PerspectiveModel.load();
    assertEquals(Label.SECOND, m.decide(features(-0.01, 0)));
    assertEquals(Label.FIRST, m.decide(features(0, 0)));
  }
}
