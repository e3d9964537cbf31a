package org.dyad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.Claim;
import org.dyad.model.Divergence;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** Both sides' versions in fixed columns, contradictions in words. */
class SideColumnsTest {

  private static Claim claim(String article, String side, List<String> kinds) {
    return new Claim(article, side, new Span(0, 4), "text", kinds);
  }

  @Test
  void columnsFollowThePairWhateverTheOrderOfTheVersions() {
    Divergence d =
        new Divergence(
            "e1",
            List.of(
                claim("x", "both", List.of()),
                claim("y", "RUS", List.of()),
                claim("z", "AZE", List.of())),
            false,
            List.of(),
            List.of());
    SideColumns c = SideColumns.of(d, List.of("AZE", "RUS"), id -> id);
    assertEquals(
        List.of("Azerbaijani side", "Russian side", "Others (both sides or neither)"),
        c.columns().stream().map(SideColumns.Column::title).toList());
    assertEquals("z", c.columns().get(0).versions().get(0).articleId());
    assertEquals("y", c.columns().get(1).versions().get(0).articleId());
    assertEquals("x", c.columns().get(2).versions().get(0).articleId());
  }

  @Test
  void contradictionsAreExplainedWithWhatIsCountedAndWhoSaysIt() {
    List<Claim> versions =
        List.of(
            claim("x", "AZE", List.of("number:journalists=7")),
            claim("y", "RUS", List.of("number:employees=2")));
    assertEquals(
        "The counts differ: 7 journalists (Outlet x) vs 2 employees (Outlet y); they may count"
            + " different people or things (journalists, employees).",
        SideColumns.explain("number: 7 vs 2", versions, id -> "Outlet " + id));
    assertEquals(
        "The cause differs: violence according to Outlet x; natural causes according to Outlet y.",
        SideColumns.explain("cause: violence (x) vs natural (y)", versions, id -> "Outlet " + id));
  }
}
