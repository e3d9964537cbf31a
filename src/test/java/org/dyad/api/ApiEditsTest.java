package org.dyad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dyad.analysis.Extraction;
import org.dyad.nlp.Gazetteer;
import org.dyad.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections over HTTP: refused unless the server was started with edits on, without the token, or
 * from another site's page; taken, applied and undone otherwise, the history kept.
 */
class ApiEditsTest {

  private static final String TOKEN = "edits-test-token-0123456789abc";
  private static final String BEARER = "Bearer " + TOKEN;

  @TempDir static Path dir;

  private static ArticleStore editable;
  private static ArticleStore readOnly;
  private static ApiServer withEdits;
  private static ApiServer without;
  private static Http http;
  private static Http plain;
  private static final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() throws Exception {
    Extraction extraction = new Extraction(Gazetteer.load());
    editable = ArticleStore.openEmbedded(ApiFixtures.storeCopy(dir.resolve("edits")));
    readOnly = ArticleStore.openEmbedded(ApiFixtures.storeCopy(dir.resolve("plain")));
    withEdits =
        ApiServer.start(
            editable,
            extraction,
            new ApiServer.Options(
                "127.0.0.1", 0, Duration.ZERO, List.of(), List.of(), TOKEN, null, true),
            log::add);
    without =
        ApiServer.start(
            readOnly,
            extraction,
            new ApiServer.Options(
                "127.0.0.1", 0, Duration.ZERO, List.of(), List.of(), TOKEN, null, false),
            log::add);
    http = new Http(withEdits.port());
    plain = new Http(without.port());
  }

  @AfterAll
  static void stop() throws Exception {
    withEdits.close();
    without.close();
    editable.close();
    readOnly.close();
  }

  private static String hideBody(String key) {
    return "{\"kind\": \"hide_event\", \"target\": \"" + key + "\", \"author\": \"Ana Lyst\"}";
  }

  /** The key of the first mention of the first event, and that event's id. */
  private static String[] firstEvent(Http h) throws Exception {
    String id = h.json("/api/events").get("events").get(0).get("id").asText();
    return new String[] {
      h.json("/api/events/" + id).get("mentions").get(0).get("key").asText(), id
    };
  }

  private static boolean listed(Http h, String key) throws Exception {
    for (JsonNode e : h.json("/api/events?limit=500").get("events")) {
      for (JsonNode m : h.json("/api/events/" + e.get("id").asText()).get("mentions")) {
        if (m.get("key").asText().equals(key)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void editsAreRefusedWhenTheServerWasNotStartedWithThem() throws Exception {
    String key = firstEvent(plain)[0];
    Http.Reply r = plain.post("/api/edits", hideBody(key), "Authorization", BEARER);
    assertEquals(403, r.status(), r.body());
    assertTrue(r.json().get("error").asText().contains("--allow-edits"), r.body());
    Http.Reply undo =
        plain.post("/api/edits/1/undo", "{\"author\": \"x\"}", "Authorization", BEARER);
    assertEquals(403, undo.status(), undo.body());
    assertEquals(0, readOnly.edits().size());
    assertFalse(plain.json("/api/edits").get("allowed").asBoolean());
    assertFalse(plain.json("/api/summary").get("edits_allowed").asBoolean());
    assertTrue(listed(plain, key));
  }

  @Test
  void editsNeedTheTokenAndTheServersOwnPages() throws Exception {
    String key = firstEvent(http)[0];
    int before = editable.edits().size();
    for (String[] auth :
        new String[][] {
          {},
          {"Authorization", "Bearer wrong-token-0123456789abcdef"},
          {"Authorization", BEARER + "x"},
        }) {
      Http.Reply r = http.post("/api/edits", hideBody(key), auth);
      assertEquals(401, r.status(), r.body());
      assertEquals(401, http.post("/api/edits/1/undo", "{\"author\": \"x\"}", auth).status());
    }
    for (String[] forged :
        new String[][] {
          {"Origin", "http://evil.example"}, {"Sec-Fetch-Site", "cross-site"},
        }) {
      Http.Reply r =
          http.post("/api/edits", hideBody(key), "Authorization", BEARER, forged[0], forged[1]);
      assertEquals(403, r.status(), r.body());
      assertTrue(r.json().get("error").asText().contains("cross-site"), r.body());
    }
    assertEquals(before, editable.edits().size(), "nothing refused was stored");
    assertTrue(listed(http, key));

    IllegalArgumentException noToken =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ApiServer.Options(
                    "127.0.0.1", 0, Duration.ZERO, List.of(), List.of(), null, null, true));
    assertTrue(noToken.getMessage().contains("DYAD_API_TOKEN"), noToken.getMessage());
  }

  @Test
  void malformedEditsAreRefusedWithTheReason() throws Exception {
    int before = editable.edits().size();
    String[][] bad = {
      {"not json", "not JSON"},
      {"[1, 2]", "JSON object"},
      {"{\"kind\": \"paint\", \"target\": \"a@1-2\", \"author\": \"x\"}", "HIDE_EVENT"},
      {
        "{\"kind\": \"hide_event\", \"target\": \"nowhere\", \"author\": \"x\"}",
        "ARTICLE@START-END"
      },
      {"{\"kind\": \"hide_event\", \"target\": \"a@1-2\"}", "author"},
      {
        "{\"kind\": \"set_perspective\", \"target\": \"a1b2\", \"value\": \"<b>\", \"author\": \"x\"}",
        "perspective"
      },
    };
    for (String[] b : bad) {
      Http.Reply r = http.post("/api/edits", b[0], "Authorization", BEARER);
      assertEquals(400, r.status(), r.body());
      assertTrue(r.json().get("error").asText().contains(b[1]), b[1] + ": " + r.body());
    }
    assertEquals(
        404,
        http.post("/api/edits/999/undo", "{\"author\": \"x\"}", "Authorization", BEARER).status());
    assertEquals(before, editable.edits().size());
  }

  @Test
  void anEditIsAppliedListedWithItsAuthorAndUndone() throws Exception {
    String[] first = firstEvent(http);
    String key = first[0];
    Http.Reply made = http.post("/api/edits", hideBody(key), "Authorization", BEARER);
    assertEquals(201, made.status(), made.body());
    JsonNode edit = made.json();
    assertEquals("HIDE_EVENT", edit.get("kind").asText());
    assertEquals("Ana Lyst", edit.get("author").asText());
    assertEquals("applied", edit.get("status").asText());
    assertFalse(listed(http, key), "the hidden event is gone from the API");
    assertEquals(404, http.get("/api/events/" + first[1] + "x").status());

    Http.Reply undo =
        http.post(
            "/api/edits/" + edit.get("id").asLong() + "/undo",
            "{\"author\": \"Bo Reviewer\"}",
            "Authorization",
            BEARER);
    assertEquals(201, undo.status(), undo.body());
    assertEquals("UNDO", undo.json().get("kind").asText());
    assertTrue(listed(http, key), "the undone edit's event is back");
    JsonNode history = http.json("/api/edits");
    assertTrue(history.get("allowed").asBoolean());
    List<String> statuses = new ArrayList<>();
    for (JsonNode e : history.get("edits")) {
      statuses.add(e.get("id").asLong() + ":" + e.get("status").asText());
    }
    assertTrue(statuses.contains(edit.get("id").asLong() + ":undone"), statuses.toString());
    assertTrue(statuses.contains(undo.json().get("id").asLong() + ":undo"), statuses.toString());
  }
}
