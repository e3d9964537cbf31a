package org.dyad.api;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the browser tests and the screenshots: where it is, and a started driver.
 */
public final class HeadlessChromium {

  /** Chromium, where Debian installs it unless {@code DYAD_CHROMIUM} says otherwise. */
  public static final Path CHROMIUM = Path.of(setting("DYAD_CHROMIUM", "/usr/bin/chromium"));

  /** Its WebDriver, where Debian installs it unless {@code DYAD_CHROMEDRIVER} says otherwise. */
  public static final Path CHROMEDRIVER =
      Path.of(setting("DYAD_CHROMEDRIVER", "/usr/bin/chromedriver"));

  private HeadlessChromium() {}

  /**
   * Skips the calling tests when Chromium or its driver is missing; fails them instead under {@code
   * DYAD_REQUIRE_BROWSER=1}, as {@code .ci/run} sets.
   */
  public static void assumePresent() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if ("1".equals(System.getenv("DYAD_REQUIRE_BROWSER"))) {
      assertTrue(
          present,
          "DYAD_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
    }
    assumeTrue(present, "no Chromium at " + CHROMIUM + " with " + CHROMEDRIVER);
  }

  /**
   * Starts headless Chromium with its own profile folder and a window of the given size; the page's
   * console is kept for {@code browser.manage().logs()}.
   *
   * @param extra more Chromium flags
   */
  public static ChromeDriver start(
      Path chromium, Path chromedriver, Path profile, int width, int height, String... extra)
      throws IOException {
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(profile),
                "--window-size=" + width + "," + height));
    args.addAll(List.of(extra));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(args);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    return new ChromeDriver(service, options);
  }

  /** As {@link #start(Path, Path, Path, int, int, String...)}, with {@link #CHROMIUM}. */
  public static ChromeDriver start(Path profile, int width, int height) throws IOException {
    return start(CHROMIUM, CHROMEDRIVER, profile, width, height);
  }

  private static String setting(String name, String fallback) {
    String v = System.getenv(name);
    return v != null ? v : System.getProperty(name, fallback);
  }
}
