package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHashTest {

  private static String story(String place, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("Officials in ")
          .append(place)
          .append(" said on day ")
          .append(i)
          .append(" that the talks continued. ");
    }
    return b.toString();
  }

  @Test
  void identicalTextsAreFullySimilar() {
    assertEquals(
        1.0,
        MinHash.similarity(
            MinHash.signature(story("Oslo", 30)), MinHash.signature(story("Oslo", 30))));
  }

  @Test
  void oneChangedSentenceOutOfThirtyIsANearDuplicate() {
    String a = story("Oslo", 30);
    String b = a.replace("said on day 12 that", "insisted on day twelve that");
    assertTrue(
        MinHash.similarity(MinHash.signature(a), MinHash.signature(b))
            >= ArticleStore.NEAR_DUPLICATE);
  }

  @Test
  void differentStoriesOnOneTopicAreNot() {
    String a = story("Oslo", 30);
    String b =
        "The Norwegian government announced new fishing quotas in the Barents Sea after talks. "
                .repeat(3)
            + "Russian officials criticised the decision and said they would respond. ".repeat(3);
    assertTrue(MinHash.similarity(MinHash.signature(a), MinHash.signature(b)) < 0.2);
  }

  @Test
  void signaturesSurviveEncoding() {
    long[] s = MinHash.signature(story("Lima", 5));
    assertArrayEquals(s, MinHash.decode(MinHash.encode(s)));
  }
}
