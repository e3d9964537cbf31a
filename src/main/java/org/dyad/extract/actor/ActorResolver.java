package org.dyad.extract.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.dictionary.Dictionaries;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.EventMention;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.nlp.Gazetteer;

/**
 * Resolves noun phrases of one article to actors: countries and their metonyms, people with the
 * country and role the article gives them, and groups named by a role noun with a nationality or
 * place ("Azerbaijani police", "police in Yekaterinburg").
 */
public final class ActorResolver {

  private final ArticleContext ctx;
  private final Gazetteer gazetteer;
  private final ActorCoder coder;
  private final LocalDate articleDate;
  private final CodedMentions coded;
  private final PhraseCoding coding;
  private final ArticlePeople people;
  private final EntityActors entities;
  private final Anaphora anaphora;
  private final Coordination coordination;
  private final ArticleAliases aliases;
  private boolean resolvingAlias;

  /** A resolver with the shipped dictionaries. */
  public ActorResolver(ArticleContext ctx, Gazetteer gazetteer, Places places) {
    this(
        ctx,
        gazetteer,
        places,
        gazetteer == Gazetteer.load()
            ? ActorCoder.standard()
            : new ActorCoder(Dictionaries.standard(), gazetteer));
  }

  /**
   * A resolver whose actor and agent dictionaries code actors as of the article's publication date
   * (see {@link #dated} for events of other dates).
   */
  public ActorResolver(ArticleContext ctx, Gazetteer gazetteer, Places places, ActorCoder coder) {
    this.ctx = ctx;
    this.gazetteer = gazetteer;
    this.coder = coder;
    var published = ctx.annotated().article().published();
    this.articleDate = published == null ? null : published.firstDay();
    this.coded = new CodedMentions(coder);
    this.coding = new PhraseCoding(this, ctx, coder, articleDate, coded);
    this.people = new ArticlePeople(ctx, gazetteer, places, coder, coding);
    PhraseCountry countries = new PhraseCountry(ctx, gazetteer, places, people);
    this.entities = new EntityActors(this, ctx, gazetteer, places, people, countries);
    this.anaphora = new Anaphora(this, ctx, gazetteer, people, entities);
    this.coordination = new Coordination(this, ctx, coder, coding, coded);
    this.aliases = new ArticleAliases(ctx.text());
    people.learnAll();
  }

  /**
   * Lets this article's people borrow the country and role other articles of the corpus give them
   * (an analysis piece may name "Ilham Aliyev" without saying he is Azerbaijan's president).
   */
  public void useDirectory(PeopleDirectory corpusPeople) {
    people.useDirectory(corpusPeople);
    anaphora.reset();
  }

  /** The country of a person named in this article (or elsewhere in the corpus), or null. */
  public String personCountry(String name) {
    PersonProfile p = people.complete(person(name).orElse(null));
    if (p != null && p.country() != null) {
      return p.country();
    }
    return coder.codes().country(coder.codeOfName(name, articleDate));
  }

  /** The people this article introduces, with what it says about them. */
  public Collection<PersonProfile> people() {
    return people.all();
  }

  /**
   * The profile for a person name as written in this article: a full name matches its spelling
   * variants; a bare surname matches the most mentioned person with that surname.
   */
  public Optional<PersonProfile> person(String name) {
    return people.person(name);
  }

  /** The CAMEO role a noun names, or null. */
  public String roleOf(String lemma) {
    return gazetteer.roleOf(lemma).orElse(null);
  }

  /** True for a noun that names a role ("politician" is not listed, "deputy" is). */
  public boolean isRoleNoun(String lemma) {
    return gazetteer.roleOf(lemma).isPresent()
        || lemma.equals("politician")
        || lemma.equals("leader");
  }

  /** The person most recently named before {@code offset}, as an actor, or null. */
  public ActorMention lastPersonBefore(int offset) {
    return anaphora.lastPersonBefore(offset);
  }

  /** The country's canonical name, e.g. "Russia" for RUS. */
  public String countryName(String iso3) {
    Set<String> names = gazetteer.names(iso3);
    return names.isEmpty() ? iso3 : names.iterator().next();
  }

  /**
   * The actor a noun phrase headed by token {@code head} of sentence {@code s} denotes, or null.
   */
  public ActorMention resolve(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    String word = g.word(head).toLowerCase(Locale.ROOT);
    if (g.pos(head).startsWith("PRP")) {
      return anaphora.pronoun(s, head, word);
    }
    ActorMention alias = alias(s, head);
    if (alias != null) {
      return alias;
    }
    EntityMention e = ctx.entity(s, head);
    ActorMention found = null;
    if (e != null && e.type() != EntityType.TITLE) {
      found = entities.fromEntity(s, head, e);
    }
    if (found == null) {
      ActorMention anaphor = anaphora.demonstrative(s, head);
      if (anaphor != null) {
        return anaphor;
      }
      found = entities.fromPhrase(s, head);
    }
    return coding.coded(s, head, found);
  }

  /**
   * The actor of a mention and those coordinated with it ("Mordor, Rohan and Bree welcomed";
   * "lawmakers in Fornost and Gondor"), each with a code: the mention first, then every conjunct of
   * its head, then every conjunct of the name inside it, coded with the mention's agent.
   */
  public List<ActorMention> coordinated(ActorMention m) {
    return coordination.coordinated(m);
  }

  /**
   * The mention coded again as of {@code date}, when the dictionaries gave it a code that depends
   * on the date (an office holder's); else the mention itself.
   */
  public ActorMention dated(ActorMention m, PartialDate date) {
    return coded.dated(m, date);
  }

  /** The mention with its source and target coded as of its own date. */
  public EventMention dated(EventMention m) {
    return coded.dated(m);
  }

  /**
   * An acronym the article defined ("the PCG" after "Philippine Coast Guard (PCG)") stands for the
   * actor it was defined for; a ship named with its navy's prefix acts for that country's forces.
   */
  private ActorMention alias(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    Span at = g.token(head).span();
    Span defined = aliases.definition(g.word(head), at.start());
    if (defined != null && !resolvingAlias) {
      int k = ctx.sentenceAt(defined.start());
      SentenceGraph d = k < 0 ? null : ctx.graph(k);
      int fullHead = -1;
      for (int t = 0; d != null && t < d.size(); t++) {
        int up = d.head(t);
        if (defined.contains(d.token(t).span())
            && (up < 0 || !defined.contains(d.token(up).span()))) {
          fullHead = t;
          break;
        }
      }
      if (fullHead >= 0) {
        resolvingAlias = true;
        try {
          ActorMention full = resolve(k, fullHead);
          if (full != null) {
            return new ActorMention(full.actor(), at);
          }
        } finally {
          resolvingAlias = false;
        }
      }
    }
    List<String> words = new ArrayList<>();
    TreeSet<Integer> phrase =
        g.subtree(head, r -> SentenceGraph.is(r, "compound") || SentenceGraph.is(r, "flat"));
    for (int t : phrase) {
      words.add(g.word(t));
    }
    String ship = ArticleAliases.shipCountry(words);
    if (ship != null) {
      return new ActorMention(new Actor(String.join(" ", words), ship, "MIL"), g.span(phrase));
    }
    return null;
  }

  /**
   * The person who was last the grammatical subject before token {@code head} of sentence {@code s}
   * (in earlier sentences, or earlier in this one), else the last person named.
   */
  public ActorMention subjectBefore(int s, int head) {
    return anaphora.subjectBefore(s, head);
  }
}
