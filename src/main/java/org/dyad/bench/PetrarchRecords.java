package org.dyad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dyad.model.PartialDate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A PETRARCH records file ({@code <Sentences>} or {@code <Validation>}): the dictionaries its
 * {@code <Environment>} names (paths relative to the file; null when not named) and its sentences
 * with their date, category and expected event codings.
 */
public record PetrarchRecords(
    Path verbs, Path actors, Path agents, Path discards, List<PetrarchRecords.Record> records) {

  public PetrarchRecords {
    records = List.copyOf(records);
  }

  /** An expected or produced coding: source actor code, target actor code, event code. */
  public record Coding(String source, String target, String event) {
    public Coding {
      if (source == null || target == null || event == null) {
        throw new IllegalArgumentException(
            "a coding needs source, target and event: " + source + " " + target + " " + event);
      }
    }

    /** The event's root: its first two characters. */
    public String root() {
      return event.length() >= 2 ? event.substring(0, 2) : event;
    }

    @Override
    public String toString() {
      return source + " " + target + " " + event;
    }
  }

  /**
   * One sentence record.
   *
   * @param date the record's date, or null
   * @param noEvents true when the record says it should code nothing
   */
  public record Record(
      String id,
      String category,
      PartialDate date,
      String text,
      List<Coding> expected,
      boolean noEvents) {
    public Record {
      expected = List.copyOf(expected);
    }
  }

  /** Reads a records file; DTDs and external entities are refused. */
  public static PetrarchRecords read(Path xml) throws IOException {
    Document doc;
    try (InputStream in = Files.newInputStream(xml)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      doc = b.parse(in);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException(xml + ": not a PETRARCH records file: " + e.getMessage(), e);
    }
    Path dir = xml.toAbsolutePath().getParent();
    Element env = first(doc.getDocumentElement(), "Environment");
    Path verbs = env == null ? null : file(dir, env, "Verbfile");
    Path actors = env == null ? null : file(dir, env, "Actorfile");
    Path agents = env == null ? null : file(dir, env, "Agentfile");
    Path discards = env == null ? null : file(dir, env, "Discardfile");
    List<Record> records = new ArrayList<>();
    NodeList sentences = doc.getElementsByTagName("Sentence");
    for (int i = 0; i < sentences.getLength(); i++) {
      Element s = (Element) sentences.item(i);
      Element text = first(s, "Text");
      if (text == null) {
        continue;
      }
      List<Coding> expected = new ArrayList<>();
      boolean noEvents = false;
      NodeList codings = s.getElementsByTagName("EventCoding");
      for (int k = 0; k < codings.getLength(); k++) {
        Element c = (Element) codings.item(k);
        if (c.hasAttribute("noevents")) {
          noEvents = true;
        } else if (c.hasAttribute("eventcode")) {
          expected.add(
              new Coding(
                  c.getAttribute("sourcecode").strip(),
                  c.getAttribute("targetcode").strip(),
                  c.getAttribute("eventcode").strip()));
        }
      }
      String date = s.getAttribute("date").strip();
      records.add(
          new Record(
              s.getAttribute("id").strip(),
              s.getAttribute("category").strip(),
              date.matches("\\d{8}")
                  ? new PartialDate(
                      Integer.parseInt(date.substring(0, 4)),
                      Integer.parseInt(date.substring(4, 6)),
                      Integer.parseInt(date.substring(6)))
                  : null,
              text.getTextContent().replaceAll("\\s+", " ").strip(),
              expected,
              noEvents));
    }
    return new PetrarchRecords(verbs, actors, agents, discards, records);
  }

  private static Element first(Element parent, String tag) {
    NodeList l = parent.getElementsByTagName(tag);
    return l.getLength() == 0 ? null : (Element) l.item(0);
  }

  private static Path file(Path dir, Element env, String tag) {
    Element e = first(env, tag);
    if (e == null || e.getTextContent().isBlank()) {
      return null;
    }
    return dir.resolve(e.getTextContent().strip());
  }

  /** The number of expected codings. */
  public int expectedCount() {
    return records.stream().mapToInt(r -> r.expected().size()).sum();
  }
}
