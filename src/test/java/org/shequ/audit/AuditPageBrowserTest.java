package org.shequ.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shequ.support.Api;
import org.shequ.support.Browser;
import org.shequ.support.BrowserTestBase;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The auditor in headless Chromium: opens a case's audit page, is sent to the login form, logs in,
 * and sees the diagram of each model version the case ran with, the path it took highlighted, the
 * timeline with its personal data marked, and the chain verified.
 */
@ShequTest
class AuditPageBrowserTest extends BrowserTestBase {

	@LocalServerPort
	int port;

	@Autowired
	TestCases cases;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theAuditorSeesTheDiagramWithThePathTakenAndTheTimeline() {
		TestCases.setClock(LocalDateTime.of(2026, 12, 2, 10, 0));
		String tn = cases.file(TestCases.request("jiefangqiao", "jfq-2", "sanitation", false));
		cases.respond(tn, "jfqgrid2");
		cases.handle(tn, "jfqgrid2");
		ClockUtil.reset();

		driver.get("http://localhost:" + port + "/audit/?case=" + tn);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("auditor");
		driver.findElement(By.id("password")).sendKeys(Api.PASSWORD);
		driver.findElement(By.cssSelector("button[type='submit']")).click();

		try {
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseTitle"), tn));
		}
		catch (RuntimeException e) {
			Browser.savePage(driver, "audit-0-failed");
			throw e;
		}
		WebElement intake = wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".diagram[data-process='complaint-intake'][data-ready='true']")));
		WebElement track = wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".diagram[data-process='general-handling'][data-ready='true']")));
		Browser.screenshot(driver, "audit-1-case");

		assertThat(intake.getAttribute("data-version")).isNotBlank();
		assertThat(Integer.parseInt(intake.getAttribute("data-passed-activities"))).isGreaterThanOrEqualTo(8);
		assertThat(Integer.parseInt(intake.getAttribute("data-passed-flows"))).isGreaterThanOrEqualTo(6);
		assertThat(intake.findElements(By.cssSelector("g.djs-element.djs-shape"))).hasSizeGreaterThan(15);
		List<String> passed = intake.findElements(By.cssSelector("g.shequ-passed"))
			.stream()
			.map(e -> e.getAttribute("data-element-id"))
			.toList();
		assertThat(passed).contains("triageCase", "applyTriage", "dispatchToGridWorker", "handleTrack", "confirmResolved");
		assertThat(intake.findElements(By.cssSelector("g.shequ-active"))).extracting(e -> e.getAttribute("data-element-id"))
			.containsExactly("callbackResident");
		assertThat(track.findElements(By.cssSelector("g.shequ-passed")))
			.extracting(e -> e.getAttribute("data-element-id"))
			.contains("respondToResident", "handleCase");
		assertThat(intake.findElements(By.cssSelector("g.djs-connection.shequ-passed"))).isNotEmpty();

		List<WebElement> rows = driver.findElements(By.cssSelector("#timeline tbody tr"));
		assertThat(rows).hasSizeGreaterThan(30);
		assertThat(driver.findElements(By.cssSelector("#timeline tr.event-DECISION"))).hasSize(1);
		assertThat(driver.findElements(By.cssSelector("#timeline tr.event-TASK_COMPLETED"))).hasSize(2);
		assertThat(driver.findElement(By.id("caseFacts")).getText()).contains("13900001111");
		assertThat(driver.findElements(By.cssSelector("#caseFacts dd.personal"))).hasSize(3);
		assertThat(driver.findElements(By.cssSelector("#timeline .personal-badge"))).isNotEmpty();

		driver.findElement(By.id("verify")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verifyResult"), "完整"));
		Browser.screenshot(driver, "audit-2-verified");
	}

}
