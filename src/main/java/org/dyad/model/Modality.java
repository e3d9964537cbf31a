package org.dyad.model;

import java.util.Locale;

/**
 * How certain an article makes an event: stated, reported, alleged, denied, planned or
 * hypothetical.
 */
public enum Modality {
  ASSERTED,
  REPORTED,
  ALLEGED,
  DENIED,
  PLANNED,
  HYPOTHETICAL;

  /** The lower-case name used in exports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
