package org.shequ.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded browser).
 * Tests using it are skipped, with the reason, where either is missing; {@code .ci/run} installs them.
 */
public final class Browser {

	public static final Path CHROMIUM = Paths.get(System.getProperty("shequ.chromium", "/usr/bin/chromium"));

	public static final Path CHROMEDRIVER = Paths.get(System.getProperty("shequ.chromedriver", "/usr/bin/chromedriver"));

	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	public static final String LOGIN_FORM = "form[name='signinForm']";

	private Browser() {
	}

	public static WebDriver startOrSkip(String language) {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Debian's chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver): "
						+ "skipping the browser test");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=" + language);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		// the page's console, for tests that check a page logs no error
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return driver;
	}

	/**
	 * Logs in on a Camunda webapp's own login page. Its inputs have neither name nor id, and their
	 * placeholders follow the browser's language.
	 */
	public static void logIn(WebDriver driver, String appUrl, String user) {
		driver.get(appUrl);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(LOGIN_FORM + " input[type='text']")))
			.sendKeys(user);
		driver.findElement(By.cssSelector(LOGIN_FORM + " input[type='password']")).sendKeys(Api.PASSWORD);
		driver.findElement(By.cssSelector(LOGIN_FORM + " button[type='submit']")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(LOGIN_FORM)));
	}

	/** What the pages logged to the console as errors (and failed loads) since the last call. */
	public static List<String> consoleErrors(WebDriver driver) {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** The page's HTML beside its screenshot, for finding out why a test could not find something. */
	public static void savePage(WebDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
			screenshot(driver, name);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Path screenshot(WebDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
