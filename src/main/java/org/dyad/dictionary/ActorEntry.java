package org.dyad.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One record of an actor dictionary: the primary phrase and its codes, each possibly restricted to
 * dates.
 *
 * @param name the primary phrase, words separated by spaces
 * @param restrictions the codes in file order; dated ones are tried first, in order, then the first
 *     undated one is the default
 */
public record ActorEntry(String name, List<CodeRestriction> restrictions) {

  public ActorEntry {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (restrictions == null || restrictions.isEmpty()) {
      throw new IllegalArgumentException("an actor needs at least one code: " + name);
    }
    restrictions = List.copyOf(restrictions);
  }

  /**
   * The code on {@code date}: the first dated restriction that covers it, else the default (the
   * first undated code), else null. Without a date, the code whose period ends last, since news is
   * mostly about the present; else the default.
   */
  public String codeOn(LocalDate date) {
    if (date == null) {
      return dated() ? latestCode() : restrictions.get(0).code();
    }
    for (CodeRestriction r : restrictions) {
      if (!r.undated() && r.appliesOn(date)) {
        return r.code();
      }
    }
    for (CodeRestriction r : restrictions) {
      if (r.undated()) {
        return r.code();
      }
    }
    return null;
  }

  /** The dated code whose period ends last (an open end is latest), or null. */
  public String latestCode() {
    CodeRestriction latest = null;
    for (CodeRestriction r : restrictions) {
      if (r.undated()) {
        continue;
      }
      if (latest == null
          || latest.to() != null && (r.to() == null || r.to().isAfter(latest.to()))) {
        latest = r;
      }
    }
    return latest == null ? null : latest.code();
  }

  /** True when the code depends on the date. */
  public boolean dated() {
    return restrictions.stream().anyMatch(r -> !r.undated());
  }

  /**
   * This entry overlaid by a later file's entry for the same phrase: the later codes come first.
   */
  ActorEntry overlaidBy(ActorEntry later) {
    List<CodeRestriction> all = new ArrayList<>(later.restrictions);
    all.addAll(restrictions);
    return new ActorEntry(later.name, all);
  }
}
