package org.dyad.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The corpus directory of people (every article's {@link PersonProfile}s, in corpus order) indexed
 * by surname key, so that completing a person from what other articles say about them looks only at
 * the profiles whose names can be theirs. Immutable and safe to share between threads; a {@link
 * #recording} view also notes every answer it gives.
 */
public final class PeopleDirectory {

  /** A directory without people. */
  public static final PeopleDirectory EMPTY = new PeopleDirectory(new Profiles(List.of()), null);

  /** The profiles that can complete another (they give a country or a role), in corpus order. */
  private static final class Profiles {
    final List<PersonProfile> informative = new ArrayList<>();
    final List<String[]> folded = new ArrayList<>();
    final SurnameIndex index = new SurnameIndex();

    Profiles(List<PersonProfile> people) {
      for (PersonProfile p : people) {
        if (p.country() != null || p.role() != null) {
          String[] words = Names.foldedWords(p.name());
          index.add(words, informative.size());
          informative.add(p);
          folded.add(words);
        }
      }
    }
  }

  private final Profiles profiles;
  private final Map<PersonProfile, PersonProfile> answers;

  private PeopleDirectory(Profiles profiles, Map<PersonProfile, PersonProfile> answers) {
    this.profiles = profiles;
    this.answers = answers;
  }

  /** The directory of {@code corpusPeople}, given in corpus order. */
  public static PeopleDirectory of(List<PersonProfile> corpusPeople) {
    if (corpusPeople == null) {
      throw new IllegalArgumentException("corpusPeople must not be null");
    }
    return corpusPeople.isEmpty() ? EMPTY : new PeopleDirectory(new Profiles(corpusPeople), null);
  }

  /**
   * This directory, putting each profile it is asked to complete, with its answer, into {@code
   * answers} (not thread-safe: one article's extraction at a time). Extraction sees the corpus only
   * through these answers, so an article whose answers a later directory repeats need not be
   * extracted again.
   */
  public PeopleDirectory recording(Map<PersonProfile, PersonProfile> answers) {
    if (answers == null) {
      throw new IllegalArgumentException("answers must not be null");
    }
    return new PeopleDirectory(profiles, answers);
  }

  /**
   * {@code p} completed with the country and role of every profile in the directory that can be the
   * same person, in corpus order (see {@link PersonProfile#merge}); {@code p} itself when it is
   * null or already has both.
   */
  public PersonProfile complete(PersonProfile p) {
    if (p == null || p.country() != null && p.role() != null) {
      return p;
    }
    PersonProfile out = p;
    String[] name = Names.foldedWords(p.name());
    for (int i : profiles.index.candidates(name)) {
      if (Names.samePerson(profiles.folded.get(i), name)) {
        out = out.merge(profiles.informative.get(i));
      }
    }
    if (answers != null) {
      answers.put(p, out);
    }
    return out;
  }

  /** True when this directory gives every recorded answer again (see {@link #recording}). */
  public boolean repeats(Map<PersonProfile, PersonProfile> recorded) {
    for (Map.Entry<PersonProfile, PersonProfile> e : recorded.entrySet()) {
      if (!complete(e.getKey()).equals(e.getValue())) {
        return false;
      }
    }
    return true;
  }
}
