package org.dyad.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.dyad.model.Actor;

/**
 * The people and institutions an article has put forward so far (as subjects, speakers and issuers
 * of documents) and the genders it gave them, which a pronoun or a definite noun can refer back to.
 */
final class Antecedents {

  /** How far back (in sentences) an anaphor looks for its antecedent. */
  static final int REACH = 8;

  /** A person or institution the article put forward as a subject or a speaker. */
  record Entry(Actor actor, boolean person, int sentence, int token, boolean subject) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Boolean> male = new HashMap<>();
  private Entry issuer;
  private Entry current;

  /** Remembers a subject (or, in an unparsed sentence, a name standing in for one). */
  void add(Entry e) {
    entries.add(e);
  }

  /** Remembers {@code e} as the one now speaking. */
  void speaking(Entry e) {
    entries.add(e);
    current = e;
  }

  /** Remembers {@code e} as who issued the document last mentioned. */
  void issued(Entry e) {
    issuer = e;
  }

  /** Records the gender the article first gives the person called {@code name}. */
  void gender(String name, boolean isMale) {
    male.putIfAbsent(name, isMale);
  }

  private static boolean before(Entry e, int s, int t) {
    return e.sentence() < s || e.sentence() == s && e.token() < t;
  }

  /** The last person before token {@code head} of sentence {@code s} that "he" or "she" fits. */
  Entry lastPerson(int s, int head, boolean isMale) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (!before(e, s, head) || !e.person()) {
        continue;
      }
      if (s - e.sentence() > REACH) {
        break;
      }
      Boolean known = male.get(e.actor().name());
      if (known == null || known == isMale) {
        return e;
      }
    }
    return null;
  }

  /**
   * The institution "it" stands for: the last one that was the subject of this or the previous
   * sentence, else the current speaker when an institution, else the last one put forward.
   */
  Entry lastGroup(int s, int head) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (s - e.sentence() > 1) {
        break;
      }
      if (before(e, s, head) && !e.person() && e.subject()) {
        return e;
      }
    }
    if (current != null && !current.person() && s - current.sentence() <= 3) {
      return current;
    }
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (!before(e, s, head) || e.person()) {
        continue;
      }
      if (s - e.sentence() > REACH) {
        break;
      }
      return e;
    }
    return null;
  }

  /** True when one of the last institutions put forward has {@code lemma} in its name. */
  boolean recentGroupNamed(String lemma) {
    for (int i = entries.size() - 1; i >= 0 && i >= entries.size() - 20; i--) {
      Entry e = entries.get(i);
      if (!e.person() && nameHas(e.actor(), lemma)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameHas(Actor a, String lemma) {
    for (String part : a.name().toLowerCase(Locale.ROOT).split("[\\s'\u2019-]+")) {
      if (part.equals(lemma) || part.equals(lemma + "s") || part.equals(lemma + "es")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The institution a definite noun {@code lemma} at token {@code head} of sentence {@code s}
   * stands for ("the ministry", "the alliance"): the last one whose name holds that noun, else the
   * institution speaking, else, for a noun of a role ({@code role} when {@code group}, "the
   * military"), the last named institution of that role.
   */
  Entry lastGroupNamed(int s, int head, String lemma, boolean group, String role) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (s - e.sentence() > 3 * REACH) {
        break;
      }
      if (before(e, s, head) && !e.person() && nameHas(e.actor(), lemma)) {
        return e;
      }
    }
    if (current != null && !current.person() && s - current.sentence() <= REACH) {
      return current;
    }
    if (!group || role == null) {
      return null;
    }
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (s - e.sentence() > 3 * REACH) {
        break;
      }
      if (before(e, s, head)
          && !e.person()
          && role.equals(e.actor().role())
          && Character.isUpperCase(e.actor().name().codePointAt(0))) {
        return e;
      }
    }
    return null;
  }

  /** The person speaking in sentence {@code s} or shortly before, when {@code fits}; else null. */
  Entry speakingPerson(int s, Predicate<Actor> fits) {
    return current != null
            && current.person()
            && s - current.sentence() <= REACH
            && fits.test(current.actor())
        ? current
        : null;
  }

  /**
   * The last person put forward before token {@code head} of sentence {@code s}, within two
   * sentences, that {@code fits}; else null.
   */
  Entry recentPerson(int s, int head, Predicate<Actor> fits) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (s - e.sentence() > 2) {
        break;
      }
      if (before(e, s, head) && e.person() && fits.test(e.actor())) {
        return e;
      }
    }
    return null;
  }

  /**
   * Who issued a document mentioned at token {@code head} of sentence {@code s} without its owner:
   * the last issuer, or the institution speaking since, else the institution "it" would be.
   */
  Entry issuerAt(int s, int head) {
    Entry best = issuer != null && s - issuer.sentence() <= 2 * REACH ? issuer : null;
    if (current != null
        && !current.person()
        && s - current.sentence() <= REACH
        && (best == null || current.sentence() > best.sentence())) {
      best = current;
    }
    if (best == null) {
      best = lastGroup(s, head);
    }
    return best;
  }
}
