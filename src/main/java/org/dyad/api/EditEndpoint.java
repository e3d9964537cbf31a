package org.dyad.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.dyad.model.Edit;
import org.dyad.store.ArticleStore;
import org.dyad.store.StoreException;

/**
 * Reads the analysts' edits a request sends ({@code POST /api/edits}, {@code POST
 * /api/edits/{id}/undo}) and stores them; the corpus applies them at its next reload.
 */
final class EditEndpoint {

  /** The largest edit request body: a few short fields. */
  static final long MAX_BYTES = 16 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArticleStore store;

  EditEndpoint(ArticleStore store) {
    this.store = store;
  }

  /**
   * Stores the edit in a JSON body {@code {"kind", "target", "value", "author"}}.
   *
   * @throws ApiError 400 when the body is not such an edit, naming what is wrong
   */
  Edit add(byte[] body) throws StoreException {
    JsonNode o = object(body);
    try {
      return store.addEdit(
          Edit.Kind.parse(text(o, "kind", true)),
          text(o, "target", true),
          text(o, "value", false),
          text(o, "author", true));
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, "bad edit: " + e.getMessage());
    }
  }

  /** Stores an undo of edit {@code id} by the author a JSON body {@code {"author"}} names. */
  Edit undo(String id, byte[] body) throws StoreException {
    if (!id.matches("\\d{1,18}")) {
      throw ApiError.notFound("edit", id);
    }
    String author = text(object(body), "author", true);
    try {
      return store.addEdit(Edit.Kind.UNDO, id, null, author);
    } catch (IllegalArgumentException e) {
      throw new ApiError(e.getMessage().startsWith("there is no edit") ? 404 : 400, e.getMessage());
    }
  }

  private static JsonNode object(byte[] body) {
    try {
      JsonNode o = JSON.readTree(body);
      if (o == null || !o.isObject()) {
        throw new ApiError(400, "send the edit as a JSON object");
      }
      return o;
    } catch (IOException e) {
      throw new ApiError(400, "the request body is not JSON: " + firstLine(e.getMessage()));
    }
  }

  private static String text(JsonNode o, String field, boolean required) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new ApiError(400, "the edit needs '" + field + "'");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new ApiError(400, "'" + field + "' must be a string");
    }
    return v.asText();
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.split("\n")[0];
  }
}
