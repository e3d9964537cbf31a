package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.dyad.Dyad;
import org.dyad.analysis.Extraction;
import org.dyad.api.ApiServer;
import org.dyad.api.ServerException;
import org.dyad.ingest.Ingestor;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad serve}: the JSON API and web UI over the stored corpus, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the analysed corpus: a read-only JSON API under /api and a web UI at /.",
      "Endpoints: GET /api/summary, /api/articles[/{id}], /api/events[/{id}]"
          + " (?from&to&country&cameo&modality), /api/quotes (?speaker&country),"
          + " /api/divergences, /api/tension (?period=month|week); POST /api/reload;"
          + " POST /api/articles (JSON Lines) with --allow-ingest; GET /api/edits, POST"
          + " /api/edits and /api/edits/{id}/undo (corrections) with --allow-edits.",
      "Requests must name this server in their Host header (its address, localhost or a"
          + " --public-host); POST requests from other sites' pages are refused. With"
          + " --allow-ingest or --allow-edits, POST requests need 'Authorization: Bearer"
          + " $DYAD_API_TOKEN'."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin StoreOptions storeOptions;

  @Mixin DictionaryOptions dictionaryOptions;

  @Mixin PairOptions pairOptions;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for"
              + " every interface).")
  String host = "127.0.0.1";

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port = 8080;

  @Option(
      names = "--refresh-seconds",
      paramLabel = "N",
      description =
          "Check the database for new articles every N seconds and re-analyse it when it has"
              + " some (default: ${DEFAULT-VALUE}; 0 only on POST /api/reload).")
  int refreshSeconds = 10;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description =
          "Let pages from ORIGIN (such as https://example.org) call the API; repeatable. Off by"
              + " default.")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--public-host",
      paramLabel = "NAME",
      description =
          "A host name (or address) clients use to reach the server, besides the --host address"
              + " and localhost, such as the name a reverse proxy forwards; repeatable.")
  List<String> publicHosts = new ArrayList<>();

  @Option(
      names = "--allow-ingest",
      description =
          "Accept new articles as JSON Lines on POST /api/articles (loads CoreNLP on the first"
              + " request). Needs the environment variable "
              + TOKEN_VARIABLE
              + ": a secret of at least 16 characters that POST requests must send as"
              + " 'Authorization: Bearer TOKEN'.")
  boolean allowIngest;

  @Option(
      names = "--allow-edits",
      description =
          "Let analysts correct the analysis (hide, merge or split events, fix actors, speakers"
              + " and perspectives) from the web UI or POST /api/edits; edits are stored with"
              + " their author and time and can be undone. Needs "
              + TOKEN_VARIABLE
              + " as --allow-ingest does; the web UI asks for the token once.")
  boolean allowEdits;

  /** The environment variable holding the API token (never taken from the command line). */
  static final String TOKEN_VARIABLE = "DYAD_API_TOKEN";

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be in 0..65535: " + port);
    }
    if (refreshSeconds < 0) {
      throw new ParameterException(
          spec.commandLine(), "--refresh-seconds must be 0 or more: " + refreshSeconds);
    }
    for (String origin : corsOrigins) {
      if (!origin.matches("https?://[^/\\s]+")) {
        throw new ParameterException(
            spec.commandLine(),
            "--cors-origin must be a scheme and host such as https://example.org: " + origin);
      }
    }
    for (String name : publicHosts) {
      if (!name.matches("[A-Za-z0-9.:\\[\\]-]+") || name.contains("://")) {
        throw new ParameterException(
            spec.commandLine(),
            "--public-host must be a host name such as dyad.example.org, without scheme or port: "
                + name);
      }
    }
    boolean changes = allowIngest || allowEdits;
    String token = changes ? System.getenv(TOKEN_VARIABLE) : null;
    if (changes && (token == null || token.isBlank())) {
      throw new ParameterException(
          spec.commandLine(),
          (allowIngest ? "--allow-ingest" : "--allow-edits")
              + " needs a secret in the environment variable "
              + TOKEN_VARIABLE
              + " (at least 16 characters, such as the output of 'openssl rand -hex 24');"
              + " POST requests must then send 'Authorization: Bearer <token>'");
    }
    ApiServer.Options options;
    try {
      options =
          new ApiServer.Options(
              host,
              port,
              Duration.ofSeconds(refreshSeconds),
              corsOrigins,
              publicHosts,
              token,
              null,
              allowEdits);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    CountDownLatch stopping = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Gazetteer gazetteer = Gazetteer.load();
    Extraction extraction =
        new Extraction(
            gazetteer,
            dictionaryOptions.load(spec.commandLine(), null, err),
            pairOptions.resolve(gazetteer));
    try (ArticleStore store =
        storeOptions.open(
            err, allowIngest ? StoreOptions.Need.NEW_OR_EXISTING : StoreOptions.Need.EXISTING)) {
      Supplier<Dyad> ingest =
          allowIngest ? () -> pipeline(store, extraction, gazetteer, err) : null;
      ApiServer server;
      try {
        server =
            ApiServer.start(
                store,
                extraction,
                new ApiServer.Options(
                    options.host(),
                    options.port(),
                    options.refresh(),
                    options.corsOrigins(),
                    options.publicHosts(),
                    options.token(),
                    ingest,
                    allowEdits),
                new ApiServer.Workspace(
                    storeOptions.embeddedFolder() == null
                        ? null
                        : storeOptions.embeddedFolder().resolve("search")),
                line -> {
                  err.println(line);
                  err.flush();
                });
      } catch (ServerException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage() + " (try another --port)");
      }
      Path folder = storeOptions.embeddedFolder();
      ServeMarker marker = folder == null ? null : ServeMarker.write(folder, server.url());
      Thread hook =
          new Thread(
              () -> {
                server.close();
                if (marker != null) {
                  marker.close();
                }
                stopping.countDown();
                try {
                  closed.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "dyad-serve-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      out.println(
          "dyad: serving "
              + server.describe()
              + " from the "
              + storeOptions.describe()
              + " at "
              + server.url()
              + " (Ctrl-C to stop)");
      out.flush();
      stopping.await();
      err.println("dyad: stopped");
      err.flush();
      return ExitCodes.OK;
    } finally {
      closed.countDown();
    }
  }

  private static Dyad pipeline(
      ArticleStore store, Extraction extraction, Gazetteer gazetteer, PrintWriter err) {
    err.println("dyad: loading CoreNLP for the first ingest request...");
    err.flush();
    return new Dyad(
        new Ingestor(),
        new GazetteerAnnotator(
            CoreNlpAnnotator.shared().parsingOnly(extraction.scope()), gazetteer),
        store,
        extraction,
        Runtime.getRuntime().availableProcessors());
  }
}
