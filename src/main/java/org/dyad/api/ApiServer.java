package org.dyad.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dyad.Dyad;
import org.dyad.analysis.Extraction;
import org.dyad.compare.TensionIndex;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Divergence;
import org.dyad.model.Event;
import org.dyad.model.PairAnalysis;
import org.dyad.model.Quote;
import org.dyad.search.SearchIndex;
import org.dyad.store.ArticleStore;
import org.dyad.store.StoreException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Dyad's HTTP server: a read-only JSON API under {@code /api} and the web UI at {@code /}, over the
 * corpus analysed at start and again when the store gains articles or when asked to.
 */
public final class ApiServer implements AutoCloseable {

  /**
   * How to serve.
   *
   * @param host the address to listen on
   * @param port the TCP port, or 0 for any free one
   * @param refresh how often to check the store for new articles; zero checks only on request
   * @param corsOrigins origins ({@code https://host[:port]}) whose pages may call the API; none by
   *     default
   * @param publicHosts host names besides the listening address and {@code localhost} that requests
   *     may name in their {@code Host} header (the name a proxy or DNS gives the server)
   * @param token the secret {@code POST /api/articles}, {@code POST /api/edits} and {@code POST
   *     /api/reload} require as {@code Authorization: Bearer TOKEN}; required with ingest or edits,
   *     null without them
   * @param ingest the pipeline {@code POST /api/articles} runs, created on first use; null turns
   *     ingest off
   * @param edits whether analysts may store corrections ({@code POST /api/edits}); needs a token
   */
  public record Options(
      String host,
      int port,
      Duration refresh,
      List<String> corsOrigins,
      List<String> publicHosts,
      String token,
      Supplier<Dyad> ingest,
      boolean edits) {

    public Options {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("host must not be blank: '" + host + "'");
      }
      if (corsOrigins == null || publicHosts == null) {
        throw new IllegalArgumentException(
            "corsOrigins and publicHosts must not be null; pass empty lists");
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be in 0..65535: " + port);
      }
      if (refresh == null || refresh.isNegative()) {
        throw new IllegalArgumentException("refresh must be zero or positive: " + refresh);
      }
      corsOrigins = List.copyOf(corsOrigins);
      for (String origin : corsOrigins) {
        if (!origin.matches("https?://[^/\\s]+")) {
          throw new IllegalArgumentException(
              "a CORS origin is a scheme and host such as https://example.org: '" + origin + "'");
        }
      }
      publicHosts = List.copyOf(publicHosts);
      for (String name : publicHosts) {
        if (!HostCheck.isHostName(name)) {
          throw new IllegalArgumentException(
              "a public host is a host name such as dyad.example.org, without scheme or port: '"
                  + name
                  + "'");
        }
      }
      if (token != null && !TokenCheck.isStrong(token)) {
        throw new IllegalArgumentException(
            "the API token (DYAD_API_TOKEN) must be at least "
                + TokenCheck.MIN_LENGTH
                + " printable characters without spaces (got "
                + token.length()
                + ")");
      }
      if ((ingest != null || edits) && token == null) {
        throw new IllegalArgumentException(
            (ingest != null ? "ingest" : "edits")
                + " needs a token: set DYAD_API_TOKEN to a secret of at least "
                + TokenCheck.MIN_LENGTH
                + " characters");
      }
    }

    /** Options without edits. */
    public Options(
        String host,
        int port,
        Duration refresh,
        List<String> corsOrigins,
        List<String> publicHosts,
        String token,
        Supplier<Dyad> ingest) {
      this(host, port, refresh, corsOrigins, publicHosts, token, ingest, false);
    }

    /** Serving on {@code host} and {@code port} only, read-only, checking the store on request. */
    public static Options readOnly(String host, int port) {
      return new Options(host, port, Duration.ZERO, List.of(), List.of(), null, null);
    }
  }

  /**
   * What the analyst's workspace keeps besides the store.
   *
   * @param searchIndex the folder of the full-text index (beside an embedded database), or null for
   *     one in memory, built at start
   */
  public record Workspace(Path searchIndex) {

    /** A workspace whose search index lives in memory. */
    public static Workspace inMemory() {
      return new Workspace(null);
    }
  }

  /** Scripts, styles and images come from the server itself only; article text never runs. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LiveCorpus corpus;
  private final Options options;
  private final Consumer<String> log;
  private final Javalin app;
  private final IngestEndpoint ingest;
  private final TokenCheck token;
  private final SearchIndex search;
  private final EditEndpoint edits;

  private ApiServer(
      LiveCorpus corpus,
      SearchIndex search,
      ArticleStore store,
      Options options,
      Consumer<String> log) {
    this.corpus = corpus;
    this.edits = options.edits() ? new EditEndpoint(store) : null;
    this.search = search;
    this.options = options;
    this.log = log;
    this.ingest = options.ingest() == null ? null : new IngestEndpoint(options.ingest(), corpus);
    this.token = options.token() == null ? null : new TokenCheck(options.token());
    this.app = Javalin.create(this::configure);
    routes();
  }

  /**
   * Analyses the store and starts serving it; problems found while running (a failed refresh, an
   * internal error behind a 500) go to {@code log}, one line each.
   *
   * @throws StoreException when the store cannot be read
   * @throws ServerException when the server cannot listen on the host and port
   */
  public static ApiServer start(
      ArticleStore store, Extraction extraction, Options options, Consumer<String> log)
      throws StoreException, ServerException {
    return start(store, extraction, options, Workspace.inMemory(), log);
  }

  /**
   * Analyses the store and starts serving it with the workspace's search index (which another
   * process may hold: then the index is built in memory, and {@code log} says so).
   */
  public static ApiServer start(
      ArticleStore store,
      Extraction extraction,
      Options options,
      Workspace workspace,
      Consumer<String> log)
      throws StoreException, ServerException {
    if (store == null
        || extraction == null
        || options == null
        || workspace == null
        || log == null) {
      throw new IllegalArgumentException(
          "store, extraction, options, workspace and log are required");
    }
    SearchIndex search = openIndex(workspace.searchIndex(), log);
    LiveCorpus corpus;
    try {
      corpus =
          new LiveCorpus(
              store,
              extraction,
              options.refresh(),
              LiveCorpus.MIN_RELOAD_INTERVAL,
              log,
              analysis -> index(search, analysis, log));
    } catch (StoreException | RuntimeException e) {
      closeQuietly(search);
      throw e;
    }
    ApiServer server = new ApiServer(corpus, search, store, options, log);
    try {
      server.app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      server.close();
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new ServerException(
          "cannot listen on " + options.host() + ":" + options.port() + ": " + cause.getMessage(),
          e);
    }
    return server;
  }

  private static SearchIndex openIndex(Path dir, Consumer<String> log) {
    if (dir == null) {
      return SearchIndex.inMemory();
    }
    try {
      return SearchIndex.open(dir);
    } catch (IOException e) {
      log.accept(
          "dyad: cannot open the search index at "
              + dir
              + " ("
              + e.getMessage()
              + "); searching an index in memory instead");
      return SearchIndex.inMemory();
    }
  }

  private static void index(SearchIndex search, CorpusAnalysis analysis, Consumer<String> log) {
    try {
      search.update(analysis);
    } catch (IOException e) {
      log.accept("dyad: cannot update the search index: " + e.getMessage());
    }
  }

  private static void closeQuietly(SearchIndex search) {
    try {
      search.close();
    } catch (IOException e) {
      // nothing more to do when stopping
    }
  }

  /** The port the server listens on (the one chosen when asked for port 0). */
  public int port() {
    return app.port();
  }

  /** The address of the web UI, such as {@code http://127.0.0.1:8080/}. */
  public String url() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + host + ":" + port() + "/";
  }

  /** How many articles and events the server is serving now. */
  public String describe() {
    CorpusView v = corpus.current();
    return v.articles().size() + " articles, " + v.events().size() + " events";
  }

  /** Stops listening, finishing the requests under way, and stops watching the store. */
  @Override
  public void close() {
    app.stop();
    corpus.close();
    closeQuietly(search);
  }

  private void configure(io.javalin.config.JavalinConfig config) {
    config.showJavalinBanner = false;
    config.startupWatcherEnabled = false;
    config.http.maxRequestSize = IngestEndpoint.MAX_BYTES;
    config.http.prefer405over404 = true;
    config.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new JsonErrorHandler());
          server.insertHandler(
              new RequestGuard(
                  new HostCheck(options.host(), options.publicHosts()), options.corsOrigins()));
        });
    // Requests are handled as soon as their headers arrive: one whose body never comes is refused
    // at once, not dispatched when the connection times out.
    config.jetty.modifyHttpConfiguration(http -> http.setDelayDispatchUntilContent(false));
    config.jetty.modifyServletContextHandler(
        context -> context.setErrorHandler(new JsonErrorHandler()));
    config.pvt.javaLangErrorHandler(
        (response, error) -> {
          log.accept("dyad: internal error: " + error);
          try {
            SecurityHeaders.sendError(response, 500, "internal error (see the server's log)", true);
          } catch (IOException e) {
            // The client is gone; the error is logged.
          }
        });
    QueuedThreadPool threads = new QueuedThreadPool(16, 2);
    threads.setName("dyad-http");
    config.jetty.threadPool = threads;
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = "/dyad/web";
          files.location = Location.CLASSPATH;
          files.headers = Map.of("Cache-Control", "no-cache");
        });
    // CORS is answered by the RequestGuard: Javalin's plugin fails same-origin requests.
  }

  private void routes() {
    app.get("/api/summary", ctx -> send(ctx, summary(corpus.current(), ctx)));
    app.get("/api/overview", this::overview);
    app.get("/api/search", this::search);
    app.get("/api/cameo", ctx -> send(ctx, ApiJson.cameoRoots()));
    app.get("/api/articles", this::articles);
    app.get("/api/articles/{id}", ctx -> send(ctx, article(ctx, ctx.pathParam("id"))));
    app.get("/api/events", this::events);
    app.get("/api/events/{id}", ctx -> send(ctx, event(ctx, ctx.pathParam("id"))));
    app.get("/api/quotes", this::quotes);
    app.get("/api/divergences", this::divergences);
    app.get("/api/tension", this::tension);
    app.post("/api/reload", this::reload);
    app.post("/api/articles", this::ingest);
    app.get("/api/edits", this::edits);
    app.post("/api/edits", this::addEdit);
    app.post("/api/edits/{id}/undo", this::undoEdit);

    app.exception(
        ApiError.class,
        (e, ctx) -> {
          if (e.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
          }
          error(ctx, e.status(), e.getMessage());
        });
    app.exception(
        IngestEndpoint.NoArticle.class,
        (e, ctx) -> {
          ObjectNode body = ApiJson.error(e.getMessage());
          e.problems().forEach(body.putArray("problems")::add);
          ctx.status(400);
          send(ctx, body);
        });
    app.exception(
        StoreException.class,
        (e, ctx) -> {
          log.accept("dyad: " + e.getMessage());
          error(ctx, 503, e.getMessage());
        });
    app.exception(
        HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          log.accept("dyad: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
          error(ctx, 500, "internal error (see the server's log)");
        });
  }

  private ObjectNode summary(CorpusView view, Context ctx) {
    return ApiJson.summary(view, ingestAllowed(), pair(view, ctx))
        .put("edits_allowed", edits != null);
  }

  /** The pair a request names with {@code pair=AZE,RUS}, else the corpus's default pair. */
  private static PairAnalysis pair(CorpusView view, Context ctx) {
    return view.pair(ctx.queryParam("pair"));
  }

  private boolean ingestAllowed() {
    return ingest != null;
  }

  /** {@code GET /api/edits}: every stored edit, oldest first, with what became of it. */
  private void edits(Context ctx) {
    query(ctx);
    send(ctx, ApiJson.edits(corpus.current(), edits != null));
  }

  /** {@code POST /api/edits}: one edit as JSON, stored, then the corpus reloaded with it. */
  private void addEdit(Context ctx) throws StoreException {
    requireEdits(ctx);
    org.dyad.model.Edit e = edits.add(RequestBody.read(ctx.req(), EditEndpoint.MAX_BYTES));
    answerEdit(ctx, e);
  }

  /** {@code POST /api/edits/{id}/undo}: an undo of that edit, stored, the corpus reloaded. */
  private void undoEdit(Context ctx) throws StoreException {
    requireEdits(ctx);
    org.dyad.model.Edit e =
        edits.undo(ctx.pathParam("id"), RequestBody.read(ctx.req(), EditEndpoint.MAX_BYTES));
    answerEdit(ctx, e);
  }

  private void requireEdits(Context ctx) {
    if (edits == null) {
      throw new ApiError(403, "edits are off: start the server with --allow-edits");
    }
    requireToken(ctx);
  }

  /** Answers with the stored edit as the reloaded corpus applies it. */
  private void answerEdit(Context ctx, org.dyad.model.Edit e) {
    ctx.status(201);
    ctx.future(() -> corpus.requestReload().thenAccept(view -> send(ctx, ApiJson.edit(view, e))));
  }

  /** With ingest on, requests that change the corpus must carry the token. */
  private void requireToken(Context ctx) {
    if (token != null && !token.accepts(ctx.header("Authorization"))) {
      throw new ApiError(
          401,
          "missing or wrong API token: send 'Authorization: Bearer TOKEN' with the token the"
              + " server was given in DYAD_API_TOKEN");
    }
  }

  /** {@code POST /api/reload}: a reload shared with the requests that arrive before it starts. */
  private void reload(Context ctx) {
    requireToken(ctx);
    RequestBody.requireNone(ctx.req(), "POST /api/reload");
    ctx.future(() -> corpus.requestReload().thenAccept(view -> send(ctx, summary(view, ctx))));
  }

  private void articles(Context ctx) {
    CorpusView view = corpus.current();
    Query.Page page = query(ctx).page(100);
    PairAnalysis pair = pair(view, ctx);
    List<AnnotatedArticle> all = List.copyOf(view.articles().values());
    List<ObjectNode> items = new ArrayList<>();
    for (AnnotatedArticle a : page.of(all)) {
      items.add(ApiJson.articleSummary(view, a, pair));
    }
    send(ctx, ApiJson.page("articles", all.size(), page, items));
  }

  private ObjectNode article(Context ctx, String id) {
    CorpusView view = corpus.current();
    return ApiJson.article(view, view.article(id), pair(view, ctx));
  }

  private void events(Context ctx) throws IOException {
    CorpusView view = corpus.current();
    Query q = query(ctx);
    PairAnalysis pair = pair(view, ctx);
    String text = q.string("q");
    EventQuery filter = EventQuery.of(q, text == null ? null : searchedEvents(view, text));
    String format = q.oneOf("format", "json", "json", "csv");
    Query.Page page = q.page(Query.MAX_LIMIT);
    List<Event> matching =
        view.events().stream()
            .filter(e -> filter.matches(e, id -> outlet(view, id), pair))
            .sorted(filter.order())
            .toList();
    if (format.equals("csv")) {
      ctx.header("Content-Disposition", "attachment; filename=\"dyad-events.csv\"");
      ctx.contentType("text/csv; charset=utf-8")
          .result(EventCsv.write(view, page.of(matching)).getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (q.string("download") != null) {
      ctx.header("Content-Disposition", "attachment; filename=\"dyad-events.json\"");
    }
    List<ObjectNode> items = new ArrayList<>();
    for (Event e : page.of(matching)) {
      items.add(ApiJson.eventSummary(view, e, pair));
    }
    send(ctx, ApiJson.page("events", matching.size(), page, items));
  }

  private static String outlet(CorpusView view, String articleId) {
    return view.has(articleId) ? view.byDyadId(articleId).article().outlet() : null;
  }

  /** The ids of the events whose mentions or actors match a full-text query. */
  private Set<String> searchedEvents(CorpusView view, String text) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (SearchIndex.Hit h : search.search(text, Set.of(SearchIndex.Kind.MENTION), 10_000)) {
      Event e = view.eventAt(h.articleId(), h.span(), h.mention());
      if (e != null) {
        ids.add(e.id());
      }
    }
    return ids;
  }

  private void overview(Context ctx) {
    CorpusView view = corpus.current();
    int limit = query(ctx).integer("limit", 12, 1, 100);
    send(ctx, ApiJson.overview(view, pair(view, ctx), limit));
  }

  /** {@code GET /api/search?q}: the articles, quotes and events whose words match. */
  private void search(Context ctx) throws IOException {
    CorpusView view = corpus.current();
    Query q = query(ctx);
    String text = q.string("q");
    int limit = q.integer("limit", 20, 1, 200);
    ObjectNode o = JSON.createObjectNode();
    o.put("q", text);
    ArrayNode articles = o.putArray("articles");
    ArrayNode quotes = o.putArray("quotes");
    ArrayNode events = o.putArray("events");
    if (text != null) {
      for (SearchIndex.Hit h : search.search(text, Set.of(SearchIndex.Kind.ARTICLE), limit)) {
        if (view.has(h.articleId())) {
          articles.add(ApiJson.articleHit(view, h));
        }
      }
      for (SearchIndex.Hit h : search.search(text, Set.of(SearchIndex.Kind.QUOTE), limit)) {
        Quote x = view.quoteAt(h.articleId(), h.span());
        if (x != null) {
          quotes.add(ApiJson.quoteHit(view, x, h));
        }
      }
      Set<String> seen = new LinkedHashSet<>();
      PairAnalysis pair = pair(view, ctx);
      for (SearchIndex.Hit h : search.search(text, Set.of(SearchIndex.Kind.MENTION), limit * 3)) {
        Event e = view.eventAt(h.articleId(), h.span(), h.mention());
        if (e != null && seen.add(e.id()) && seen.size() <= limit) {
          events.add(ApiJson.eventHit(view, e, h, pair));
        }
      }
    }
    send(ctx, o);
  }

  private ObjectNode event(Context ctx, String id) {
    CorpusView view = corpus.current();
    return ApiJson.event(view, view.event(id), pair(view, ctx));
  }

  private void quotes(Context ctx) throws IOException {
    CorpusView view = corpus.current();
    Query q = query(ctx);
    String speaker = q.string("speaker");
    String name = speaker == null ? null : speaker.toLowerCase(Locale.ROOT);
    String country = q.country("country");
    String text = q.string("q");
    Set<Quote> found = null;
    if (text != null) {
      found = new java.util.HashSet<>();
      for (SearchIndex.Hit h : search.search(text, Set.of(SearchIndex.Kind.QUOTE), 10_000)) {
        Quote x = view.quoteAt(h.articleId(), h.span());
        if (x != null) {
          found.add(x);
        }
      }
    }
    Set<Quote> matched = found;
    Query.Page page = q.page(Query.MAX_LIMIT);
    List<Quote> matching =
        view.analysis().quotes().stream()
            .filter(x -> saidBy(x, name, country) && (matched == null || matched.contains(x)))
            .toList();
    List<ObjectNode> items = new ArrayList<>();
    for (Quote x : page.of(matching)) {
      items.add(ApiJson.quote(view, x));
    }
    send(ctx, ApiJson.page("quotes", matching.size(), page, items));
  }

  /** Whether a quote's speaker's name contains {@code name} and they are of {@code country}. */
  private static boolean saidBy(Quote q, String name, String country) {
    Actor who = q.speaker();
    if (name != null && (who == null || !who.name().toLowerCase(Locale.ROOT).contains(name))) {
      return false;
    }
    return country == null || (who != null && country.equals(who.country()));
  }

  private void divergences(Context ctx) {
    CorpusView view = corpus.current();
    Query.Page page = query(ctx).page(Query.MAX_LIMIT);
    PairAnalysis pair = pair(view, ctx);
    List<Divergence> all = pair == null ? List.of() : pair.divergences();
    List<ObjectNode> items = new ArrayList<>();
    for (Divergence d : page.of(all)) {
      items.add(ApiJson.divergence(view, d, pair));
    }
    send(ctx, ApiJson.page("divergences", all.size(), page, items));
  }

  private void tension(Context ctx) {
    String period = query(ctx).oneOf("period", "month", "month", "week");
    CorpusView view = corpus.current();
    send(
        ctx,
        ApiJson.tension(
            view,
            period.equals("week") ? TensionIndex.Period.WEEK : TensionIndex.Period.MONTH,
            pair(view, ctx)));
  }

  /** {@code POST /api/articles}: JSON Lines in the body, ingested, annotated and stored. */
  private void ingest(Context ctx) throws StoreException, IOException {
    if (!ingestAllowed()) {
      throw new ApiError(403, "ingest is off: start the server with --allow-ingest");
    }
    requireToken(ctx);
    byte[] body = RequestBody.read(ctx.req(), IngestEndpoint.MAX_BYTES);
    if (new String(body, StandardCharsets.ISO_8859_1).isBlank()) {
      throw new ApiError(400, "empty request body: send JSON Lines, one article per line");
    }
    IngestEndpoint.Outcome run = ingest.ingest(body);
    send(
        ctx,
        ApiJson.ingested(
            run.view(), run.articleIds(), run.stored(), run.duplicates(), run.problems()));
  }

  private static Query query(Context ctx) {
    Query.requireWellFormed(ctx.queryString());
    return new Query(ctx::queryParam);
  }

  private static void send(Context ctx, JsonNode body) {
    try {
      ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status);
    if (!ctx.method().name().equals("GET") && status != 404 && status != 405) {
      // A refused request may still be sending a body the server will not read.
      ctx.header("Connection", "close");
    }
    send(ctx, ApiJson.error(message));
  }
}
