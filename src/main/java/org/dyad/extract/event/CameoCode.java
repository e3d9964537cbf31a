package org.dyad.extract.event;

/** One CAMEO event code with its name and Goldstein conflict-cooperation value. */
public record CameoCode(String code, String name, double goldstein) {

  public CameoCode {
    if (code == null || !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("code must have 2 to 4 digits: '" + code + "'");
    }
    int root = Integer.parseInt(code.substring(0, 2));
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("code root must be 01-20: '" + code + "'");
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException(
          "goldstein must be in [-10, 10] for " + code + ": " + goldstein);
    }
  }
}
