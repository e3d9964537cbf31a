package org.dyad.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlDatesTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "none",
      value = {
        "https://example.org/world/2025/05/07/ferry-resumes/, 2025-05-07",
        "https://example.org/n3/2024/0902/c1-1.html, 2024-09-02",
        "https://example.org/news/ferry-resumes-2025-05-22-harbour/, 2025-05-22",
        "https://example.org/theaters/2025-05-16/ferry.html, 2025-05-16",
        "https://example.org/news/Ferry-Resumes-20231203-0025.html, 2023-12-03",
        "https://example.org/story_14_05_2025.html, 2025-05-14",
        "https://example.org/story?date=2025-01-30, 2025-01-30",
        "https://example.org/page/202406/1314408.shtml, 2024-06",
        "https://example.org/2024/06/ferry-resumes, 2024-06",
        "https://example.org/archive/2023/ferry-resumes, 2023",
        "https://example.org/07082023-ferry-resumes/, none",
        "https://example.org/a/32599494.html, none",
        "https://example.org/news/3188/7/11827, none",
        "https://2025.example.org/ferry, none",
        "https://example.org/1890/05/07/old, none",
        "not a web address, none"
      })
  void readsTheDateAndPrecisionAnAddressStates(String url, String want) {
    assertEquals(want, UrlDates.find(url).map(Object::toString).orElse(null));
  }
}
