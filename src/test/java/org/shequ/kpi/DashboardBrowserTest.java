package org.shequ.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.shequ.support.Api;
import org.shequ.support.Browser;
import org.shequ.support.BrowserTestBase;
import org.shequ.support.ShequDemoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A secretary's morning on the dashboard, in headless Chromium, over the demo history: sent to the
 * login page, logs in, reads the three rates over twelve months, this month by grid and by worker, and
 * the cases at risk with their Tasklist links; no console error. Screenshots in target/screenshots.
 */
@ShequDemoTest
class DashboardBrowserTest extends BrowserTestBase {

	static final String[] CHARTS = { "ratesChart", "gridChart", "workerChart" };

	@LocalServerPort
	int port;

	@Test
	void theSecretaryReadsTheirMonthAtAGlance() {
		logIn("mzjsup");
		chartsReady();
		Browser.screenshot(driver, "dashboard-1-secretary");

		for (String chart : CHARTS) {
			assertThat(paintedPixels(chart)).as(chart + " draws something").isGreaterThan(2000);
		}
		assertThat(points("ratesChart")).as("twelve months").isEqualTo(12);
		assertThat(points("gridChart")).as("Mozijing's two grids").isEqualTo(2);
		assertThat(points("workerChart")).isGreaterThanOrEqualTo(2);
		assertThat(new Select(driver.findElement(By.id("community"))).getFirstSelectedOption().getText()).isEqualTo("磨子井社区");
		assertThat(driver.findElement(By.id("cards")).getText()).contains("本月受理", "响应率", "解决率", "满意率", "%");

		// the demo's open Mozijing case (filed at start) must get a response within 24 hours
		List<WebElement> links = driver.findElements(By.cssSelector("#atRisk tbody a[href*='/camunda/app/tasklist/default/#/?task=']"));
		assertThat(links).isNotEmpty();
		assertThat(driver.findElement(By.id("atRisk")).getText()).contains("MZJ-", "响应（将到期）");
		assertThat(Browser.consoleErrors(driver)).isEmpty();
	}

	@Test
	void aGridFilterNarrowsTheChartsAndAnAuditorSeesEveryCommunity() {
		logIn("auditor");
		chartsReady();
		assertThat(new Select(driver.findElement(By.id("community"))).getOptions()).hasSize(4);
		assertThat(points("gridChart")).as("six grids of three communities").isEqualTo(6);

		new Select(driver.findElement(By.id("community"))).selectByValue("jiefangqiao");
		new Select(driver.findElement(By.id("grid"))).selectByValue("jfq-2");
		((JavascriptExecutor) driver).executeScript(
				"for (const id of arguments[0]) document.getElementById(id).removeAttribute('data-ready');", List.of(CHARTS));
		driver.findElement(By.cssSelector("#filters button[type='submit']")).click();
		chartsReady();
		Browser.screenshot(driver, "dashboard-2-auditor-grid");

		assertThat(points("gridChart")).isEqualTo(1);
		assertThat(driver.getCurrentUrl()).contains("grid=jfq-2");
		assertThat(driver.findElement(By.id("export")).getAttribute("href")).contains("/api/kpi/export?").contains("grid=jfq-2");
		assertThat(Browser.consoleErrors(driver)).isEmpty();
	}

	private void logIn(String user) {
		driver.get("http://localhost:" + port + "/dashboard/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
		assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("社区书记工作台 登录");
		driver.findElement(By.id("password")).sendKeys(Api.PASSWORD);
		driver.findElement(By.cssSelector("button[type='submit']")).click();
	}

	private void chartsReady() {
		try {
			for (String chart : CHARTS) {
				wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + "[data-ready='true'] canvas")));
			}
		}
		catch (RuntimeException e) {
			Browser.savePage(driver, "dashboard-0-failed");
			throw new AssertionError("charts not drawn; console: " + Browser.consoleErrors(driver), e);
		}
	}

	private int points(String chart) {
		return Integer.parseInt(driver.findElement(By.id(chart)).getAttribute("data-points"));
	}

	/** Pixels of the chart's canvas that are not blank: axes, lines, bars and labels. */
	private long paintedPixels(String chart) {
		Object painted = ((JavascriptExecutor) driver).executeScript("""
				const canvas = document.querySelector('#' + arguments[0] + ' canvas');
				const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				let painted = 0;
				for (let i = 3; i < data.length; i += 4) { if (data[i] !== 0) painted++; }
				return painted;""", chart);
		return ((Number) painted).longValue();
	}

}
