package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

class GazetteerAnnotatorTest extends AnnotatorContract {

  @Override
  protected Annotator annotator() {
    return new GazetteerAnnotator(CoreNlpAnnotator.shared(), Gazetteer.load());
  }

  @Test
  void aTitleWordUsedAsAVerbIsNoTitle() {
    String text = "Judge for yourself what the judge said to the Kenyan minister.";
    List<EntityMention> titles =
        annotator()
            .annotate(new Article("x", "x.txt", null, null, null, null, null, false, "en", text))
            .entities()
            .stream()
            .filter(e -> e.type() == EntityType.TITLE)
            .toList();
    assertEquals(
        List.of("judge", "minister"), titles.stream().map(EntityMention::text).toList(), text);
  }
}
