package org.dyad.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

  private static final String BODY =
      "The talks ended without an agreement on Friday, and both sides said they would meet again.";

  @Test
  void dropsShareFollowCookieAndSignUpLines() {
    String text =
        String.join(
            "\n\n",
            "Advertisement",
            BODY,
            "Share this article",
            "Like this story? Share it with a friend",
            "We use cookies to give you the best experience on our site.",
            BODY + " Second.",
            "Follow her on Twitter @someone",
            "Sign up for our free daily newsletter and get the news in your inbox every morning.",
            "Read more: other talks",
            "© 2025 Example Media");
    assertEquals(BODY + "\n\n" + BODY + " Second.", Boilerplate.clean(text, null));
  }

  @Test
  void cutsATrailingFurtherReadingListButKeepsArticleTextAfterAHeading() {
    String tail = String.join("\n\n", BODY, "You may also like", "Short headline", "Another one");
    assertEquals(BODY, Boilerplate.clean(tail, null));
    String middle =
        String.join("\n\n", BODY, "Related", BODY + " " + BODY + " And it goes on for long.");
    assertEquals(
        BODY + "\n\n" + BODY + " " + BODY + " And it goes on for long.",
        Boilerplate.clean(middle, null));
  }

  @Test
  void dropsALeadingCopyOfTheTitleButKeepsLongParagraphsMentioningSubscribers() {
    String subscribers =
        "The paper said the number of subscribers rose by a third after it dropped the newsletter"
            + " fee, a change its editors had resisted for years before the board overruled them"
            + " in a vote that split the company.";
    assertEquals(subscribers, Boilerplate.clean("Talks end\n\n" + subscribers, "Talks end"));
  }
}
