package org.dyad.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The dictionaries Dyad codes actors and events with: by default the Phoenix actor, agent and
 * discard files and the CAMEO verb dictionary of PETRARCH 2 (MIT licence, {@code dyad/petrarch/}),
 * Dyad's international organisations ({@code dyad/organisations.actors.txt}) and Dyad's own office
 * holders since 2014 ({@code dyad/office-holders.actors.txt}); users add their own files in the
 * same formats.
 */
public record Dictionaries(
    ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs, DiscardList discards) {

  public Dictionaries {
    if (actors == null || agents == null || verbs == null || discards == null) {
      throw new IllegalArgumentException("every dictionary is required (use the empty ones)");
    }
  }

  /** The shipped Phoenix actor files, in the order they are overlaid, then Dyad's own. */
  public static final List<String> ACTOR_RESOURCES =
      List.of(
          "/dyad/petrarch/Phoenix.Countries.actors.txt",
          "/dyad/petrarch/Phoenix.International.actors.txt",
          "/dyad/petrarch/Phoenix.MilNonState.actors.txt",
          "/dyad/organisations.actors.txt",
          "/dyad/office-holders.actors.txt");

  public static final String AGENT_RESOURCE = "/dyad/petrarch/Phoenix.agents.txt";
  public static final String VERB_RESOURCE = "/dyad/petrarch/CAMEO.2.0.txt";
  public static final String DISCARD_RESOURCE = "/dyad/petrarch/Phoenix.discards.txt";

  private static final class Default {
    static final Dictionaries INSTANCE = load();

    private static Dictionaries load() {
      try {
        ActorDictionary actors = ActorDictionary.empty();
        for (String r : ACTOR_RESOURCES) {
          actors = actors.with(ActorDictionary.resource(r));
        }
        return new Dictionaries(
            actors,
            AgentDictionary.resource(AGENT_RESOURCE),
            VerbDictionary.resource(VERB_RESOURCE),
            DiscardList.resource(DISCARD_RESOURCE));
      } catch (IOException e) {
        throw new UncheckedIOException("the shipped dictionaries cannot be read", e);
      }
    }
  }

  /** The shipped dictionaries (one shared instance, read on first use). */
  public static Dictionaries standard() {
    return Default.INSTANCE;
  }

  /** No dictionaries at all. */
  public static Dictionaries none() {
    return new Dictionaries(
        ActorDictionary.empty(),
        AgentDictionary.empty(),
        VerbDictionary.empty(),
        DiscardList.empty());
  }

  /** These dictionaries with a user's actor file overlaid (its codes first). */
  public Dictionaries withActors(Path file) throws IOException {
    return new Dictionaries(actors.with(ActorDictionary.read(file)), agents, verbs, discards);
  }

  /** These dictionaries with a user's agent file added (its agents win). */
  public Dictionaries withAgents(Path file) throws IOException {
    return new Dictionaries(actors, agents.with(AgentDictionary.read(file)), verbs, discards);
  }

  /** These dictionaries with a user's verb file added. */
  public Dictionaries withVerbs(Path file) throws IOException {
    return new Dictionaries(actors, agents, verbs.with(VerbDictionary.read(file)), discards);
  }

  /**
   * These dictionaries with the {@code actors:} and {@code agents:} of a gazetteer YAML file added:
   *
   * <pre>
   * actors:
   *   - names: [Jane Doe, President Doe]         # the first is the primary phrase
   *     codes: [NRLGOV 20210120-20250120, NRLELI] # as inside the brackets of an actor file
   * agents:
   *   - phrase: coast guard
   *     code: ~MIL
   * </pre>
   */
  public Dictionaries withYaml(Path yaml) throws IOException {
    com.fasterxml.jackson.databind.JsonNode root;
    try {
      root =
          new com.fasterxml.jackson.databind.ObjectMapper(
                  new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
              .readTree(java.nio.file.Files.readString(yaml));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(yaml + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      return this;
    }
    StringBuilder actorText = new StringBuilder();
    for (var a : root.path("actors")) {
      List<String> names = strings(a.path("names"));
      List<String> codes = strings(a.path("codes"));
      if (names.isEmpty() || codes.isEmpty()) {
        throw new IOException(yaml + ": an actor needs names and codes: " + a);
      }
      actorText.append(names.get(0).replace(' ', '_')).append('\n');
      for (String n : names.subList(1, names.size())) {
        actorText.append('+').append(n.replace(' ', '_')).append('\n');
      }
      for (String c : codes) {
        actorText.append("\t[").append(c).append("]\n");
      }
    }
    StringBuilder agentText = new StringBuilder();
    for (var a : root.path("agents")) {
      String phrase = a.path("phrase").asText("");
      String code = a.path("code").asText("");
      if (phrase.isBlank() || code.isBlank()) {
        throw new IOException(yaml + ": an agent needs phrase and code: " + a);
      }
      agentText.append(phrase.replace(' ', '_')).append(" [").append(code).append("]\n");
    }
    return new Dictionaries(
        actors.with(ActorDictionary.parse(yaml + " actors", actorText.toString())),
        agents.with(AgentDictionary.parse(yaml + " agents", agentText.toString())),
        verbs,
        discards);
  }

  private static List<String> strings(com.fasterxml.jackson.databind.JsonNode n) {
    List<String> out = new java.util.ArrayList<>();
    if (n.isTextual()) {
      for (String s : n.asText().split("\\|")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    for (var item : n) {
      out.add(item.asText().strip());
    }
    return out;
  }

  /** These dictionaries with a user's discard list added. */
  public Dictionaries withDiscards(Path file) throws IOException {
    return new Dictionaries(actors, agents, verbs, discards.with(DiscardList.read(file)));
  }
}
