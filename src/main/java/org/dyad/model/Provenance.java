package org.dyad.model;

/** Which stage, at which version, produced a value. */
public record Provenance(String stage, String version) {

  public Provenance {
    if (stage == null || stage.isBlank()) {
      throw new IllegalArgumentException("stage must not be blank: '" + stage + "'");
    }
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("version must not be blank: '" + version + "'");
    }
  }

  @Override
  public String toString() {
    return stage + "@" + version;
  }
}
