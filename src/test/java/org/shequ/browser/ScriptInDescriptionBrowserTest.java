package org.shequ.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shequ.support.Api;
import org.shequ.support.Browser;
import org.shequ.support.BrowserTestBase;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident's description with script tags, filed over the API, is shown in the real Tasklist (headless
 * Chromium) as the text it is: in the task list and in the form's read-only textarea, without running.
 */
@ShequTest
class ScriptInDescriptionBrowserTest extends BrowserTestBase {

	static final String TITLE = "<script>window.shequXss='title'</script>楼道灯不亮";

	static final String DESCRIPTION = "<script>window.shequXss='description';alert('xss')</script>"
			+ "<img src=x onerror=\"window.shequXss='img'\">三楼楼道灯坏了一周";

	@LocalServerPort
	int port;

	@Test
	@Timeout(180)
	void scriptTagsInADescriptionAreShownAsTextInTheTasklistForm() {
		Api api = new Api(port);
		Map<String, Object> body = TestCases.caseBody();
		body.put("title", TITLE);
		body.put("description", DESCRIPTION);
		Api.Response filed = api.post("/api/cases", "jfqgrid1", Api.json(body));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String tn = filed.json().get("trackingNumber").asText();

		Browser.logIn(driver, "http://localhost:" + port + "/camunda/app/tasklist/default/", "jfqgrid1");

		WebElement task = wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//*[contains(@class,'task')]//*[contains(text(),'" + tn + "')]")));
		assertThat(task.getText()).contains("｜<script>window.shequXss=");
		task.click();

		WebElement description = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//label[contains(normalize-space(),'诉求内容')]/following::textarea[1]")));
		wait.until(d -> DESCRIPTION.equals(description.getAttribute("value")));
		Browser.screenshot(driver, "script-in-description");

		assertThat(description.getTagName()).isEqualTo("textarea");
		assertThat(description.isEnabled()).isFalse();
		assertThat(description.getAttribute("value")).isEqualTo(DESCRIPTION);
		JavascriptExecutor js = (JavascriptExecutor) driver;
		assertThat(js.executeScript("return window.shequXss === undefined")).isEqualTo(true);
		assertThat(js.executeScript("return document.querySelectorAll('img[src=\"x\"]').length")).isEqualTo(0L);
		assertThat(js.executeScript(
				"return Array.from(document.scripts).filter(s => s.textContent.includes('shequXss')).length"))
			.isEqualTo(0L);
		assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
	}

}
