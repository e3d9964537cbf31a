package org.dyad.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.dyad.analysis.Extraction;
import org.dyad.extract.actor.PeopleDirectory;
import org.dyad.extract.actor.PersonProfile;
import org.dyad.ingest.Ingestor;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;

/**
 * What each JVM of a Spark job builds once, when a task first needs it, and shares across its tasks
 * and partitions: the ingestor, the annotator (CoreNLP's models load once per executor), the
 * extraction and the corpus directory of people.
 */
final class Workers {

  private static Gazetteer gazetteer;
  private static Annotator annotator;
  private static Extraction extraction;
  private static final java.util.Map<Long, Ingestor> INGESTORS = new java.util.HashMap<>();
  private static long directoryId = -1;
  private static PeopleDirectory directory;

  private Workers() {}

  static synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      gazetteer = Gazetteer.load();
    }
    return gazetteer;
  }

  /** Dyad's annotator as {@code dyad analyze} builds it: parsing only the sentences it needs. */
  static synchronized Annotator annotator() {
    if (annotator == null) {
      annotator =
          new GazetteerAnnotator(
              CoreNlpAnnotator.shared().parsingOnly(Extraction.parseScope()), gazetteer());
    }
    return annotator;
  }

  static synchronized Extraction extraction() {
    if (extraction == null) {
      extraction = new Extraction(gazetteer());
    }
    return extraction;
  }

  static synchronized Ingestor ingestor(long maxBytes) {
    return INGESTORS.computeIfAbsent(maxBytes, Ingestor::new);
  }

  /** The corpus directory of people a job broadcast, decoded and indexed once per JVM. */
  static synchronized PeopleDirectory directory(Broadcast<String> broadcast) {
    if (directoryId != broadcast.id()) {
      directory =
          PeopleDirectory.of(
              Json.read(broadcast.value(), new TypeReference<List<PersonProfile>>() {}));
      directoryId = broadcast.id();
    }
    return directory;
  }
}
