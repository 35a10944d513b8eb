package org.shequ.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shequ.support.Api;
import org.shequ.support.Browser;
import org.shequ.support.BrowserTestBase;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A grid worker's day in the real Tasklist, in headless Chromium: log in, open the task of a case
 * filed through the API, fill its Camunda Form, complete it, and see the case move on.
 */
@ShequTest
class TasklistBrowserTest extends BrowserTestBase {

	@LocalServerPort
	int port;

	@Test
	void gridWorkerCompletesTheFirstResponseInTasklist() {
		Api api = new Api(port);
		String tn = api.post("/api/cases", "jfqgrid1", Api.json(TestCases.caseBody())).json().get("trackingNumber").asText();

		Browser.logIn(driver, "http://localhost:" + port + "/camunda/app/tasklist/default/", "jfqgrid1");

		WebElement task = wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//*[contains(@class,'task')]//*[contains(text(),'" + tn + "')]")));
		Browser.screenshot(driver, "tasklist-1-list");
		task.click();

		WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLabelled("联系情况")));
		WebElement summary = driver.findElement(fieldLabelled("诉求信息"));
		assertThat(summary.getAttribute("value")).contains(tn).contains("楼道堆放杂物");
		chooseInSelect("联系方式", "电话联系");
		note.sendKeys("已电话联系居民，约定明早上门查看楼道。");
		Browser.screenshot(driver, "tasklist-2-form");

		WebElement complete = wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//button[normalize-space()='Complete' or normalize-space()='完成']")));
		complete.click();

		wait.withTimeout(Duration.ofSeconds(30))
			.until(d -> "IN_PROGRESS".equals(api.get("/api/cases/" + tn, "jfqgrid1").json().get("status").asText()));
		Browser.screenshot(driver, "tasklist-3-completed");
		var kase = api.get("/api/cases/" + tn, "jfqgrid1").json();
		assertThat(kase.get("respondedBy").asText()).isEqualTo("jfqgrid1");
		List<String> steps = kase.get("log").findValuesAsText("detail");
		assertThat(steps).anyMatch(s -> s.contains("电话联系：已电话联系居民"));
		var next = api.get("/engine-rest/task?processInstanceBusinessKey=" + tn, "jfqgrid1").json();
		assertThat(next.get(0).get("taskDefinitionKey").asText()).isEqualTo("handleCase");
	}

	private static By fieldLabelled(String label) {
		return By.xpath("//label[contains(normalize-space(),'" + label + "')]/following::*[self::textarea or self::input][1]");
	}

	/** form-js draws selects as a text input with a drop-down list. */
	private void chooseInSelect(String label, String option) {
		WebElement display = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[contains(normalize-space(),'"
				+ label + "')]/following-sibling::div[contains(@class,'fjs-input-group')]")));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", display);
		display.click();
		wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + option + "']")))
			.click();
	}

}
