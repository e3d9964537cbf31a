package org.dyad.extract.actor;

import java.util.HashMap;
import java.util.Map;
import org.dyad.dictionary.ActorEntry;
import org.dyad.dictionary.AgentEntry;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EventMention;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;

/** The mentions of one article the dictionaries coded, kept to code them again at another date. */
final class CodedMentions {

  /** What the dictionaries gave an actor mention, to code it again at another date. */
  record Coded(ActorEntry entry, AgentEntry agent, Actor actor) {}

  private final ActorCoder coder;
  private final Map<Span, Coded> coded = new HashMap<>();

  CodedMentions(ActorCoder coder) {
    this.coder = coder;
  }

  /** Remembers what the dictionaries gave the mention at {@code span}. */
  void put(Span span, Coded c) {
    coded.put(span, c);
  }

  /** What the dictionaries gave the mention at {@code span}, or null. */
  Coded get(Span span) {
    return coded.get(span);
  }

  /**
   * The mention coded again as of {@code date}, when the dictionaries gave it a code that depends
   * on the date (an office holder's); else the mention itself.
   */
  ActorMention dated(ActorMention m, PartialDate date) {
    if (m == null || date == null) {
      return m;
    }
    Coded c = coded.get(m.span());
    if (c == null || !c.entry().dated() || !c.actor().equals(m.actor())) {
      return m;
    }
    String code = ActorCoder.compose(c.entry(), c.agent(), date.firstDay());
    if (code == null || code.equals(m.actor().code())) {
      return m;
    }
    ActorCodes codes = coder.codes();
    String country = codes.country(code) != null ? codes.country(code) : m.actor().country();
    String role = codes.role(code) != null ? codes.role(code) : m.actor().role();
    return new ActorMention(
        new Actor(m.actor().name(), country, role, PhraseCoding.withRole(coder, code, role)),
        m.span());
  }

  /** The mention with its source and target coded as of its own date. */
  EventMention dated(EventMention m) {
    ActorMention source = dated(m.source(), m.date());
    ActorMention target = dated(m.target(), m.date());
    if (source == m.source() && target == m.target()) {
      return m;
    }
    return new EventMention(
        m.articleId(),
        m.cameo(),
        source,
        target,
        m.date(),
        m.dateSpan(),
        m.dateText(),
        m.modality(),
        m.location(),
        m.span(),
        m.trigger(),
        m.provenance());
  }
}
