package org.dyad.extract.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.nlp.Resources;

/** The CAMEO event codebook with Goldstein values, from {@code dyad/cameo.tsv}. */
public final class CameoCodebook {

  private final Map<String, CameoCode> codes = new LinkedHashMap<>();

  private CameoCodebook() {}

  public static CameoCodebook load() {
    CameoCodebook b = new CameoCodebook();
    for (String[] f : Resources.tsv("/dyad/cameo.tsv", 3)) {
      b.codes.put(f[0], new CameoCode(f[0], f[1], Double.parseDouble(f[2])));
    }
    return b;
  }

  public Optional<CameoCode> get(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** The code's Goldstein value, or its nearest listed parent's. */
  public double goldstein(String code) {
    return nearest(code).goldstein();
  }

  /** The code's name, or its nearest listed parent's. */
  public String name(String code) {
    return nearest(code).name();
  }

  public static String root(String code) {
    return code.substring(0, 2);
  }

  public int size() {
    return codes.size();
  }

  private CameoCode nearest(String code) {
    if (code == null || code.length() < 2) {
      throw new IllegalArgumentException("code must have at least 2 digits: '" + code + "'");
    }
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      CameoCode found = codes.get(c);
      if (found != null) {
        return found;
      }
    }
    throw new IllegalArgumentException("unknown CAMEO code: '" + code + "'");
  }
}
