package org.shequ.support;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh headless Chromium in Chinese for each test, closed after it (skipped where none is installed). */
public abstract class BrowserTestBase {

	protected WebDriver driver;

	protected WebDriverWait wait;

	@BeforeEach
	protected void openBrowser() {
		openBrowserIn("zh-CN");
	}

	/** Closes the browser open so far and opens one that asks for the given language. */
	protected void openBrowserIn(String language) {
		closeBrowser();
		driver = Browser.startOrSkip(language);
		wait = new WebDriverWait(driver, Duration.ofSeconds(90));
	}

	@AfterEach
	protected void closeBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

}
