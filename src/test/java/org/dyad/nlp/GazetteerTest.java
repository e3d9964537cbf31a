package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.dyad.model.Article;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

  private static final Gazetteer GAZ = Gazetteer.load();

  /** Matches as "C:text=code" (C country, N nationality, T title), space-separated. */
  private static String codes(Gazetteer g, String text) {
    return g.find(text).stream()
        .map(e -> e.type().name().charAt(0) + ":" + e.text() + "=" + e.normalized())
        .collect(Collectors.joining(" "));
  }

  private static String codes(String text) {
    return codes(GAZ, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # India and Pakistan
          C:India=IND N:Pakistani=PAK T:diplomats=GOV C:Islamabad=PAK | India expelled Pakistani diplomats, Islamabad said.
          C:New Delhi=IND C:official Islamabad=PAK | New Delhi accused official Islamabad
          C:Pakistan=PAK C:India=IND | Pakistan-India talks
          C:Pakistan=PAK T:high commission=GOV | Pakistan's high commission
          # Israel and Iran
          N:Israeli=ISR N:Iranian=IRN | Israeli jets struck Iranian sites
          C:Tehran=IRN C:Knesset=ISR | Tehran warned the Knesset
          C:Teheran=IRN | Teheran
          # China and Taiwan
          C:Beijing=CHN C:Taipei=TWN | Beijing warned Taipei
          C:People's Republic of China=CHN | People's Republic of China
          C:Republic of China=TWN | the Republic of China
          N:Taiwanese=TWN T:coast guard=MIL | Taiwanese coast guard
          "" | patrols in the South China Sea
          # The United States and Mexico
          C:the White House=USA C:Mexico City=MEX | the White House and Mexico City
          C:U.S.=USA N:Mexican=MEX T:officials=GOV | U.S. and Mexican officials met
          "" | Albuquerque, New Mexico
          C:America=USA | Latin American music and America
          # Russia and Ukraine
          C:the Kremlin=RUS C:Kyiv=UKR C:Kiev=UKR | the Kremlin accused Kyiv (Kiev)
          C:Russian Federation=RUS | the Russian Federation
          T:State Duma deputy=LEG C:Verkhovna Rada=UKR | State Duma deputy vs Verkhovna Rada
          # Russia and Azerbaijan, with "official" before a capital
          C:the Kremlin=RUS C:official Baku=AZE | the Kremlin and official Baku
          N:Azeri=AZE N:Azerbaijanis=AZE | Azeri wine and Azerbaijanis
          C:Official Moscow=RUS | Official Moscow replied
          # Capitalisation and word boundaries count
          "" | let us go; a roast turkey; georgian; fine china; Us
          C:US=USA C:Turkey=TUR | the US and Turkey
          "" | Prussian Indiana
          N:Omani=OMN | Omani-
          "" | RussiaX Indian2 xIndia
          C:Georgia=GEO | Georgia
          # Metonyms for governments
          C:Downing Street=GBR C:the Élysée=FRA C:Whitehall=GBR | Downing Street, the Élysée and Whitehall
          C:the Pentagon=USA C:Zhongnanhai=CHN | the Pentagon; Zhongnanhai
          # The longest match wins
          C:Papua New Guinea=PNG | Papua New Guinea
          C:Equatorial Guinea=GNQ | Equatorial Guinea
          C:St. George's=GRD | St. George's
          C:New Zealand=NZL T:troops=MIL | New Zealand troops
          T:foreign minister=GOV | foreign minister
          # Role titles with their CAMEO roles
          N:Russian=RUS T:political scientist=EDU T:foreign ministry=GOV | Russian political scientist Vadim Petrov and the foreign ministry
          T:Ministry of Foreign Affairs=GOV T:border guards=MIL T:peacekeepers=MIL | Ministry of Foreign Affairs, border guards, peacekeepers
          T:prosecutor general's office=JUD T:editor-in-chief=MED | the prosecutor general's office; editor-in-chief
          T:ministries=GOV T:MPs=LEG T:spokesmen=GOV | ministries, MPs, spokesmen
          T:aide=GOV T:King=GOV T:army=MIL | an aide to King Charles; the army
          "" | the mp3 player; un homme
          """)
  void findsCountriesNationalitiesAndTitles(String expected, String text) {
    assertEquals(expected, codes(text));
  }

  @Test
  void matchesDoNotCrossLinesOrPunctuation() {
    assertEquals("T:minister=GOV", codes("foreign,\nminister"));
    assertEquals("", codes("New\n\nZealand"));
  }

  @Test
  void matchesTheCountryWordInsideHyphenatedCompounds() {
    assertEquals(
        "N:Russian=RUS N:Azerbaijani=AZE N:Azerbaijani=AZE N:Russian=RUS",
        codes("Russian-Azerbaijani relations, anti-Azerbaijani rhetoric, pro-Russian voices"));
    List<EntityMention> es = GAZ.find("anti-Azerbaijani");
    assertEquals(5, es.get(0).span().start());
    assertEquals("C:Guinea-Bissau=GNB", codes("Guinea-Bissau"));
  }

  @Test
  void lookups() {
    assertEquals(Optional.of("LEG"), GAZ.roleOf("MP"));
    assertEquals(Optional.of("EDU"), GAZ.roleOf("Political Scientist"));
    assertEquals(Optional.of("GOV"), GAZ.roleOf("foreign ministries"));
    assertEquals(Optional.empty(), GAZ.roleOf("bicycle"));
    assertEquals(Optional.of("AZE"), GAZ.countryCode("Azeri"));
    assertEquals(Optional.of("RUS"), GAZ.countryCode("the Kremlin"));
    assertEquals(Optional.of("RUS"), GAZ.countryCode("Kremlin"));
    assertEquals(Optional.of("AZE"), GAZ.countryCode("official Baku"));
    assertEquals(Optional.of("GBR"), GAZ.countryCode("Britons"));
    assertEquals(Optional.of("DOM"), GAZ.countryCode("Dominican"));
    assertEquals(Optional.empty(), GAZ.countryCode("Atlantis"));
    assertEquals("Russia", GAZ.names("RUS").iterator().next());
    assertTrue(GAZ.names("USA").containsAll(List.of("United States", "US", "U.S.", "America")));
    assertTrue(GAZ.names("XXX").isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> GAZ.names("RUS").add("Rus"));
    assertEquals(Optional.of("AZE"), GAZ.countryOfDomain("az"));
    assertEquals(Optional.of("GBR"), GAZ.countryOfDomain("UK"));
    assertEquals(Optional.empty(), GAZ.countryOfDomain("us"));
    assertTrue(GAZ.isCapital("Baku"));
    assertFalse(GAZ.isCapital("Azerbaijan"));
  }

  @Test
  void coversEveryUnMemberState() {
    String[] members =
        ("AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH"
                + " BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV"
                + " HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB"
                + " GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR"
                + " ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX"
                + " MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU"
                + " NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU"
                + " RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD"
                + " ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR"
                + " ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE XKX TWN PSE VAT EU")
            .split(" ");
    assertEquals(198, members.length);
    for (String iso : members) {
      assertFalse(GAZ.names(iso).isEmpty(), iso);
      String name = GAZ.names(iso).iterator().next();
      assertEquals(Optional.of(iso), GAZ.countryCode(name), name);
      List<EntityMention> found = GAZ.find("News from " + name + " today.");
      assertEquals(1, found.size(), name + ": " + found);
      assertEquals(iso, found.get(0).normalized(), name);
    }
  }

  @Test
  void canBeExtendedWithAUserYamlFile(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("extra.yaml");
    Files.writeString(
        yaml,
        """
        countries:
          - iso3: RUS
            metonyms: [Old Square]
          - iso3: ABK
            names: [Abkhazia]
            adjectives: Abkhaz|Abkhazian
            capitals: [Sukhumi]
        titles:
          - phrase: ataman
            role: MIL
          - phrase: Cossack units
            role: MIL
            kind: agent
        ignore:
          - Indian Express
        """);
    Gazetteer g = Gazetteer.load(yaml);
    assertEquals("C:Old Square=RUS T:atamans=MIL", codes(g, "Old Square and the atamans"));
    assertEquals(
        "N:Abkhaz=ABK C:official Sukhumi=ABK C:Abkhazia=ABK",
        codes(g, "Abkhaz wine, official Sukhumi, Abkhazia"));
    assertEquals("", codes(g, "the Indian Express"));
    assertEquals(Optional.of("MIL"), g.roleOf("ataman"));
    assertEquals("N:Indian=IND", codes("the Indian Express"));
    assertEquals(Optional.empty(), GAZ.roleOf("ataman"));
  }

  /** An article with only the fields that tell its media: address, outlet and credited source. */
  private static Article carried(String url, String outlet, String syndicatedFrom) {
    return new Article(
        "id", "a.txt", url, null, outlet, null, null, false, "en", "text", syndicatedFrom);
  }

  @Test
  void anArticleIsTheMediaOfTheSourceItCarriesElseItsOutletElseItsAddress() {
    assertEquals(
        Optional.of("CHN"),
        GAZ.articleCountry(carried("https://quaypost.example.net/a", "Quay Post", "Xinhua")));
    assertEquals(
        Optional.of("IND"),
        GAZ.articleCountry(carried("https://quaypost.example.net/a", "The Hindu", null)));
    assertEquals(
        Optional.of("KEN"),
        GAZ.articleCountry(carried("https://www.small-paper.co.ke/news/1", "Small Paper", null)));
    assertEquals(Optional.empty(), GAZ.articleCountry(carried(null, null, "Nobody")));
  }

  @Test
  void outletCountryFromTheDirectoryDomainsAndNames() {
    assertEquals(Optional.of("RUS"), GAZ.outletCountry("the Profile magazine"));
    assertEquals(Optional.of("PAK"), GAZ.outletCountry("Dawn"));
    assertEquals(Optional.of("IND"), GAZ.outletCountry("The Hindu"));
    assertEquals(Optional.of("AZE"), GAZ.outletCountry("https://www.report.az/en/politics"));
    assertEquals(Optional.of("RUS"), GAZ.outletCountry("rt.com"));
    assertEquals(Optional.of("GEO"), GAZ.outletCountry("news.example.ge"));
    assertEquals(Optional.of("AZE"), GAZ.outletCountry("Azerbaijan.us"));
    assertEquals(Optional.of("UKR"), GAZ.outletCountry("Ukrainian Weekly Review"));
    assertEquals(Optional.empty(), GAZ.outletCountry("Moscow Evening Chronicle"));
    assertEquals(Optional.empty(), GAZ.outletCountry("example.com"));
    assertEquals(Optional.empty(), GAZ.outletCountry(null));
    assertEquals(Optional.empty(), GAZ.outletCountry(" "));
  }

  @Test
  void outletsCanBeAddedInYaml(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("outlets.yaml");
    Files.writeString(
        yaml,
        """
        outlets:
          - iso3: KGZ
            names: [Bishkek Evening Bell]
            domains: [bell.example.org]
        """);
    Gazetteer g = Gazetteer.load(yaml);
    assertEquals(Optional.of("KGZ"), g.outletCountry("The Bishkek Evening Bell newspaper"));
    assertEquals(Optional.of("KGZ"), g.outletCountry("www.bell.example.org"));
    assertEquals(Optional.empty(), GAZ.outletCountry("www.bell.example.org"));
    Files.writeString(yaml, "outlets:\n  - names: [Nameless]\n");
    IOException e = assertThrows(IOException.class, () -> Gazetteer.load(yaml));
    assertTrue(e.getMessage().contains("outlets.yaml"), e.getMessage());
  }

  @Test
  void theYamlCanChooseThePairsToStudy(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("pair.yaml");
    Files.writeString(yaml, "pair: RUS,AZE\n");
    assertEquals(List.of(List.of("AZE", "RUS")), Gazetteer.load(yaml).pairs());
    Files.writeString(yaml, "pair: [RUS, AZE]\n");
    assertEquals(List.of(List.of("AZE", "RUS")), Gazetteer.load(yaml).pairs());
    Files.writeString(yaml, "pair: [\"IND,PAK\", [RUS, AZE]]\n");
    assertEquals(
        List.of(List.of("IND", "PAK"), List.of("AZE", "RUS")), Gazetteer.load(yaml).pairs());
    assertEquals(List.of(), Gazetteer.load().pairs());
    Files.writeString(yaml, "pair: AZE,XXX\n");
    IOException e = assertThrows(IOException.class, () -> Gazetteer.load(yaml));
    assertTrue(
        e.getMessage().contains("pair.yaml") && e.getMessage().contains("XXX"), e.getMessage());
    Files.writeString(yaml, "pair: AZE\n");
    e = assertThrows(IOException.class, () -> Gazetteer.load(yaml));
    assertTrue(e.getMessage().contains("AZE"), e.getMessage());
  }

  @Test
  void rejectsBadYamlWithTheFileName(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("bad.yaml");
    Files.writeString(yaml, "countries:\n  - names: [Nowhere]\n");
    IOException e = assertThrows(IOException.class, () -> Gazetteer.load(yaml));
    assertTrue(e.getMessage().contains("bad.yaml"), e.getMessage());
    Files.writeString(yaml, "titles:\n  - phrase: x\n    role: soldier\n");
    assertThrows(IOException.class, () -> Gazetteer.load(yaml));
    Files.writeString(yaml, "- just\n- a list\n");
    assertThrows(IOException.class, () -> Gazetteer.load(yaml));
    assertThrows(IOException.class, () -> Gazetteer.load(dir.resolve("missing.yaml")));
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(null));
  }

  @Test
  void findsEveryMentionInALongText() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 10_000) {
      text.append("The Kremlin said Azerbaijani police detained two Russian journalists. ");
    }
    List<EntityMention> es = GAZ.find(text.toString());
    long sentences = text.toString().split("\\. ").length;
    assertEquals(sentences * 5, es.size());
  }

  @Provide
  Arbitrary<String> newsy() {
    Arbitrary<String> words =
        Arbitraries.of(
            "Moscow",
            "Kyiv",
            "the",
            "Kremlin",
            "-",
            "Ukrainian",
            "anti",
            "US",
            "us",
            "official",
            "Baku",
            "foreign",
            "ministry",
            "\n",
            ",",
            "'s",
            "New",
            "Delhi",
            "Papua",
            "Guinea",
            "St.",
            "George's",
            "Pakistani-Indian",
            "Prime",
            "Minister",
            "MPs",
            "é",
            "’",
            "  ");
    return Arbitraries.oneOf(
            words, Arbitraries.strings().ofMaxLength(4).withChars("aA -'.’\n\u00e9\u0301"))
        .list()
        .ofMaxSize(40)
        .map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void spansAreInRangeOrderedAndNonOverlapping(@ForAll("newsy") String text) {
    checkSpans(text);
  }

  @Property(tries = 200)
  void spansAreValidForArbitraryText(@ForAll @StringLength(max = 200) String noise) {
    checkSpans(noise + " Moscow and Kyiv; the Kremlin - Ukrainian " + noise);
  }

  private static void checkSpans(String text) {
    int previousEnd = 0;
    for (EntityMention e : GAZ.find(text)) {
      assertTrue(e.span().start() >= previousEnd, e + " overlaps or is out of order");
      assertTrue(e.span().end() <= text.length(), e + " ends outside the text");
      assertTrue(e.span().length() > 0, e + " is empty");
      assertEquals(e.text(), e.span().of(text));
      assertTrue(e.normalized() != null && !e.normalized().isBlank(), e.toString());
      assertTrue(
          e.type() == EntityType.COUNTRY
              || e.type() == EntityType.NATIONALITY
              || e.type() == EntityType.TITLE,
          e.toString());
      previousEnd = e.span().end();
    }
  }
}
