package org.dyad.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weights of Dyad's perspective model and the decision they make. An article's features on a
 * pair (A, B) are balances in [-1, 1] that are positive when they favour A ({@link #SIDE}) and
 * even-handedness measures ({@link #BOTH}). Side A scores {@code s = w . side}, side B {@code -s}
 * and "both" {@code b = v . both}; the label is the highest, as in a multinomial logistic
 * regression whose A and B classes share their weights mirrored. The weights are data ({@code
 * dyad/perspective-weights.tsv}), fitted on annotated articles by {@link #fit}.
 */
public record PerspectiveModel(Map<String, Double> side, Map<String, Double> both) {

  /** Side features, each positive when it favours the pair's first country. */
  public static final List<String> SIDE =
      List.of(
          "voice",
          "first_voice",
          "hostile_acts",
          "negative_words",
          "positive_words",
          "outlet",
          "dateline",
          "headline");

  /** Features of even-handedness, each 0 without a sign of two accounts. */
  public static final List<String> BOTH =
      List.of("voice_evenness", "outlet_against_voice", "third_outlet_balance");

  /** The resource holding the shipped weights. */
  public static final String RESOURCE = "/dyad/perspective-weights.tsv";

  public PerspectiveModel {
    side = ordered(side, SIDE, "side");
    both = ordered(both, BOTH, "both");
  }

  private static Map<String, Double> ordered(
      Map<String, Double> weights, List<String> names, String what) {
    if (weights == null || !weights.keySet().equals(new java.util.HashSet<>(names))) {
      throw new IllegalArgumentException(
          what + " weights must be given for exactly " + names + ": " + weights);
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (String n : names) {
      double w = weights.get(n);
      if (!Double.isFinite(w)) {
        throw new IllegalArgumentException(what + " weight " + n + " is not finite: " + w);
      }
      out.put(n, w);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static final class Shipped {
    static final PerspectiveModel INSTANCE = read();

    private static PerspectiveModel read() {
      try (InputStream in = PerspectiveModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource " + RESOURCE + " is missing");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** The shipped model. */
  public static PerspectiveModel load() {
    return Shipped.INSTANCE;
  }

  /**
   * A model from the text of a weights file: {@code #} comments, a header line {@code
   * group<TAB>feature<TAB>weight}, then one row per weight, group {@code side} or {@code both}.
   *
   * @throws IllegalArgumentException naming the line that is not a valid row
   */
  public static PerspectiveModel parse(String text) {
    Map<String, Double> side = new LinkedHashMap<>();
    Map<String, Double> both = new LinkedHashMap<>();
    boolean header = true;
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.strip().split("\t");
      if (f.length != 3 || !(f[0].equals("side") || f[0].equals("both"))) {
        throw new IllegalArgumentException("weights line is not group, feature, weight: " + line);
      }
      try {
        (f[0].equals("side") ? side : both).put(f[1], Double.parseDouble(f[2]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("weight is not a number: " + line, e);
      }
    }
    return new PerspectiveModel(side, both);
  }

  /** The weights file for this model, with a comment saying how it was made. */
  public String format(String provenance) {
    StringBuilder b = new StringBuilder();
    b.append("# Weights of Dyad's perspective model (org.dyad.compare.PerspectiveModel).\n")
        .append("# side: features in [-1, 1], positive when they favour the pair's first country;")
        .append(" side A scores\n# w . features, side B the opposite. both: even-handedness")
        .append(" features; \"both\" scores v . features.\n# The highest score gives the label.")
        .append(" Columns are tab-separated.\n")
        .append("# Features (measured by PerspectiveClassifier, A and B the pair's countries):\n")
        .append("#   voice: (A's quoted words - B's) / (sum + 20 words); first_voice: +1 when the")
        .append(" first quoted speaker is A's,\n#   -1 when B's; hostile_acts: (hostile acts")
        .append(" (Goldstein <= -4) done by B - by A) / (sum + 1);\n#   negative_words: (VADER")
        .append(" negative valence aimed at B - at A) / (sum + 2); positive_words: (positive aimed")
        .append(" at A - at B)\n#   / (sum + 2); outlet, dateline, headline: +1 when the outlet's")
        .append(
            " country, the dateline's capital or the\n#   first country the headline names is A,")
        .append(" -1 when B. voice_evenness: 2 min(A, B) / (A + B + 1) of the\n#   voices;")
        .append(" outlet_against_voice: max(0, -outlet x voice); third_outlet_balance: 1 - |voice|")
        .append(" when the\n#   outlet is in a third country.\n");
    for (String line : provenance.split("\n")) {
      b.append("# ").append(line).append('\n');
    }
    b.append("group\tfeature\tweight\n");
    side.forEach((k, v) -> b.append(String.format(Locale.ROOT, "side\t%s\t%.4f%n", k, v)));
    both.forEach((k, v) -> b.append(String.format(Locale.ROOT, "both\t%s\t%.4f%n", k, v)));
    return b.toString();
  }

  /** The score of the pair's first country; its second scores the opposite. */
  public double sideScore(Map<String, Double> features) {
    double s = 0;
    for (var w : side.entrySet()) {
      s += w.getValue() * features.getOrDefault(w.getKey(), 0.0);
    }
    return s;
  }

  /** The score of "both". */
  public double bothScore(Map<String, Double> features) {
    double s = 0;
    for (var w : both.entrySet()) {
      s +=
          w.getValue() * (w.getKey().equals("bias") ? 1.0 : features.getOrDefault(w.getKey(), 0.0));
    }
    return s;
  }

  /** The classes the model tells apart. */
  public enum Label {
    FIRST,
    SECOND,
    BOTH
  }

  /**
   * The most likely label for these features. "Both" needs some sign of two accounts: an article
   * whose even-handedness features are all 0 is given to a side.
   */
  public Label decide(Map<String, Double> features) {
    double s = sideScore(features);
    if (canBeBoth(features) && bothScore(features) >= Math.abs(s)) {
      return Label.BOTH;
    }
    return s >= 0 ? Label.FIRST : Label.SECOND;
  }

  /** Whether any even-handedness feature (bias aside) is non-zero. */
  static boolean canBeBoth(Map<String, Double> features) {
    for (String n : BOTH) {
      if (!n.equals("bias") && features.getOrDefault(n, 0.0) != 0) {
        return true;
      }
    }
    return false;
  }

  /** One article's features with its annotated label, for fitting. */
  public record Sample(Map<String, Double> features, Label label) {
    public Sample {
      features = Map.copyOf(features);
      if (label == null) {
        throw new IllegalArgumentException("label is required");
      }
    }
  }

  /**
   * Fits the weights that maximise the likelihood of the samples' labels under a softmax over the
   * three scores, with an L2 penalty {@code l2} on every weight but the bias. Every weight but the
   * bias is kept non-negative, since each feature is defined to point the way it should count (a
   * side's voices count for it, never against it). Deterministic: projected full-batch gradient
   * descent from zero. Articles labelled "both" that show no sign of two accounts are left out.
   */
  public static PerspectiveModel fit(List<Sample> samples, double l2) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("samples must not be empty");
    }
    if (!(l2 >= 0)) {
      throw new IllegalArgumentException("l2 must be >= 0: " + l2);
    }
    int ns = SIDE.size();
    int nb = BOTH.size();
    double[] w = new double[ns];
    double[] v = new double[nb];
    List<double[]> xs = new ArrayList<>();
    List<double[]> zs = new ArrayList<>();
    List<Sample> used = new ArrayList<>();
    for (Sample s : samples) {
      if (!canBeBoth(s.features()) && s.label() == Label.BOTH) {
        continue;
      }
      used.add(s);
      double[] x = new double[ns];
      for (int i = 0; i < ns; i++) {
        x[i] = s.features().getOrDefault(SIDE.get(i), 0.0);
      }
      double[] z = new double[nb];
      for (int j = 0; j < nb; j++) {
        z[j] = BOTH.get(j).equals("bias") ? 1.0 : s.features().getOrDefault(BOTH.get(j), 0.0);
      }
      xs.add(x);
      zs.add(z);
    }
    double rate = 0.5;
    int n = used.size();
    for (int iter = 0; iter < 20000; iter++) {
      double[] gw = new double[ns];
      double[] gv = new double[nb];
      for (int k = 0; k < n; k++) {
        double[] x = xs.get(k);
        double[] z = zs.get(k);
        double s = dot(w, x);
        double b = dot(v, z);
        boolean both = canBeBoth(used.get(k).features());
        double m = both ? Math.max(Math.max(s, -s), b) : Math.abs(s);
        double ea = Math.exp(s - m);
        double eb = Math.exp(-s - m);
        double ec = both ? Math.exp(b - m) : 0;
        double sum = ea + eb + ec;
        double pa = ea / sum;
        double pb = eb / sum;
        double pc = ec / sum;
        Label y = used.get(k).label();
        double ya = y == Label.FIRST ? 1 : 0;
        double yb = y == Label.SECOND ? 1 : 0;
        double yc = y == Label.BOTH ? 1 : 0;
        double ds = (pa - ya) - (pb - yb);
        double db = pc - yc;
        for (int i = 0; i < ns; i++) {
          gw[i] += ds * x[i] / n;
        }
        for (int j = 0; j < nb; j++) {
          gv[j] += db * z[j] / n;
        }
      }
      for (int i = 0; i < ns; i++) {
        w[i] = Math.max(0, w[i] - rate * (gw[i] + l2 * w[i]));
      }
      for (int j = 0; j < nb; j++) {
        boolean bias = BOTH.get(j).equals("bias");
        v[j] -= rate * (gv[j] + (bias ? 0 : l2 * v[j]));
        if (!bias) {
          v[j] = Math.max(0, v[j]);
        }
      }
    }
    Map<String, Double> side = new LinkedHashMap<>();
    for (int i = 0; i < ns; i++) {
      side.put(SIDE.get(i), w[i]);
    }
    Map<String, Double> both = new LinkedHashMap<>();
    for (int j = 0; j < nb; j++) {
      both.put(BOTH.get(j), v[j]);
    }
    return new PerspectiveModel(side, both);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
