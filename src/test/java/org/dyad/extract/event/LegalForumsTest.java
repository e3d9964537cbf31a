package org.dyad.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** A request addressed to a court is a lawsuit; one addressed to anyone else stays a request. */
class LegalForumsTest {

  private static SentenceGraph graph(String[][] words, List<Dependency> deps) {
    List<Token> tokens = new java.util.ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i][0];
      tokens.add(new Token(i, new Span(at, at + w.length()), w, words[i][1], words[i][2], "O"));
      at += w.length() + 1;
    }
    return new SentenceGraph(new Sentence(0, new Span(0, at - 1), tokens, deps));
  }

  @Test
  void askingATribunalIsSuingButAskingANeighbourIsNot() {
    String[][] tribunal = {
      {"Chile", "Chile", "NNP"}, {"asked", "ask", "VBD"}, {"the", "the", "DT"},
      {"tribunal", "tribunal", "NN"}, {"for", "for", "IN"}, {"measures", "measure", "NNS"}
    };
    List<Dependency> deps =
        List.of(
            new Dependency("root", -1, 1),
            new Dependency("nsubj", 1, 0),
            new Dependency("det", 3, 2),
            new Dependency("obj", 1, 3),
            new Dependency("case", 5, 4),
            new Dependency("obl:for", 1, 5));
    assertEquals("115", LegalForums.code(graph(tribunal, deps), 1, "020"));
    String[][] neighbour = tribunal.clone();
    neighbour[3] = new String[] {"neighbour", "neighbour", "NN"};
    assertEquals("020", LegalForums.code(graph(neighbour, deps), 1, "020"));
  }

  @Test
  void aStatementOrAThreatIsNoLawsuitWhateverItAddresses() {
    String[][] words = {
      {"Chile", "Chile", "NNP"},
      {"warned", "warn", "VBD"},
      {"the", "the", "DT"},
      {"court", "court", "NN"}
    };
    List<Dependency> deps =
        List.of(
            new Dependency("root", -1, 1),
            new Dependency("nsubj", 1, 0),
            new Dependency("det", 3, 2),
            new Dependency("obj", 1, 3));
    assertEquals("130", LegalForums.code(graph(words, deps), 1, "130"));
  }
}
