package org.shequ.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.support.TestCases.request;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shequ.support.Browser;
import org.shequ.support.BrowserTestBase;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A caseworker's morning in the real Tasklist, in headless Chromium with a Chinese browser: the login
 * page and the Tasklist in Chinese, no end-of-life banner, their lists with the counts the engine
 * gives, dates in Beijing time (the browser itself runs in the machine's zone); English still there for
 * an English browser; Cockpit's and Admin's login pages in Chinese. Screenshots in target/screenshots.
 */
@ShequTest
class ChineseTasklistBrowserTest extends BrowserTestBase {

	/** A Wednesday: jfqgrid1 is on call 08:00–20:00 and the grid worker of jfq-1. */
	static final LocalDateTime WEDNESDAY_MORNING = LocalDateTime.of(2026, 12, 2, 10, 0);

	static final DateTimeFormatter BEIJING_LONG = DateTimeFormatter.ofPattern("yyyy-MM-dd EEEE HH:mm", Locale.CHINA)
		.withZone(TestCases.BEIJING);

	@LocalServerPort
	int port;

	@Autowired
	TestCases cases;

	@Autowired
	FilterService filters;

	@Autowired
	IdentityService identity;

	String sanitation;

	String dispute;

	@BeforeEach
	void aMorningWithAnOverdueCaseAndAnEscalation() {
		TestCases.setClock(WEDNESDAY_MORNING.minusHours(2));
		dispute = cases.file(request("jiefangqiao", "jfq-1", "dispute", true));
		TestCases.setClock(WEDNESDAY_MORNING);
		cases.runDueJobs(dispute);
		sanitation = cases.file(request("jiefangqiao", "jfq-1", "sanitation", false));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aGridWorkerLogsInAndWorksFromFourChineseLists() {
		driver.get(url("tasklist"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(Browser.LOGIN_FORM)));
		assertThat(placeholders()).containsExactly("用户名", "密码");
		assertThat(driver.findElement(By.cssSelector(Browser.LOGIN_FORM + " button")).getText()).isEqualTo("登录");
		assertNoEndOfLifeBanner();
		Browser.screenshot(driver, "zh-1-tasklist-login");

		Browser.logIn(driver, url("tasklist"), "jfqgrid1");
		assertThat(listNames()).containsExactly("我的任务", "本社区待办", "即将超时", "已超时");
		Map<String, Long> counts = expectedCounts("jfqgrid1");
		assertThat(counts.get("已超时")).as("the dispute not responded to within the hour").isPositive();
		for (String list : counts.keySet()) {
			showList(list, counts.get(list));
			Browser.screenshot(driver, "zh-2-tasklist-" + list);
		}

		showList("我的任务", counts.get("我的任务"));
		WebElement task = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//*[contains(@class,'tasks-list')]//*[contains(@class,'task')][.//*[contains(text(),'" + sanitation
						+ "')]]")));
		assertThat(task.getText()).contains("类别").contains("环境卫生").contains("时限").contains("2026-12-03 10:00");
		Task respond = cases.task(sanitation, "respondToResident");
		assertThat(driver.getPageSource()).as("the due date in Beijing time, 24-hour")
			.contains(BEIJING_LONG.format(respond.getDueDate().toInstant()));
		String page = driver.findElement(By.tagName("body")).getText();
		assertThat(page).contains("请在列表中选择一个任务。", "到期时间", "日期和时间按以下时区显示", "Asia/Shanghai", "技术支持")
			.doesNotContain("新建任务", "发起流程", "Create task", "Start process", "Camunda 8");
		assertNoEndOfLifeBanner();
		Browser.screenshot(driver, "zh-3-tasklist-my-tasks");
	}

	@Test
	void theSecretarySeesTheEscalationsListToo() {
		Browser.logIn(driver, url("tasklist"), "jfqsup");

		assertThat(listNames()).containsExactly("我的任务", "本社区待办", "即将超时", "已超时", "督办");
		Map<String, Long> counts = expectedCounts("jfqsup");
		assertThat(counts.get("督办")).isPositive();
		showList("督办", counts.get("督办"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//*[contains(@class,'tasks-list')]//*[contains(text(),'督办：超时未响应｜" + dispute + "')]")));
		Browser.screenshot(driver, "zh-4-tasklist-supervision");
	}

	@Test
	void cockpitAndAdminStayEnglishButTheirLoginPagesAreChinese() {
		for (String app : List.of("cockpit", "admin")) {
			driver.get(url(app));
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(Browser.LOGIN_FORM)));
			wait.until(d -> placeholders().equals(List.of("用户名", "密码")));
			assertThat(driver.findElement(By.cssSelector(Browser.LOGIN_FORM + " button")).getText()).isEqualTo("登录");
			Browser.screenshot(driver, "zh-5-" + app + "-login");
		}
	}

	@Test
	void anEnglishBrowserStillGetsEnglish() {
		openBrowserIn("en-US");

		driver.get(url("tasklist"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(Browser.LOGIN_FORM)));
		wait.until(d -> placeholders().equals(List.of("Username", "Password")));
		Browser.logIn(driver, url("tasklist"), "jfqgrid1");
		assertThat(listNames()).containsExactly("我的任务", "本社区待办", "即将超时", "已超时");
		showList("我的任务", expectedCounts("jfqgrid1").get("我的任务"));
		assertThat(driver.findElement(By.tagName("body")).getText()).contains("Select a task in the list.", "Due date")
			.doesNotContain("请在列表中选择一个任务。");
		assertNoEndOfLifeBanner();
		Browser.screenshot(driver, "en-1-tasklist");
	}

	private void showList(String name, long expected) {
		wait.until(ExpectedConditions.elementToBeClickable(listLink(name))).click();
		wait.until(d -> {
			List<WebElement> counter = d.findElements(By.cssSelector(".task-filter.active .counter"));
			return d.findElement(By.cssSelector(".task-filter.active h4")).getText().startsWith(name) && !counter.isEmpty()
					&& counter.get(0).getText().equals(Long.toString(expected));
		});
	}

	private List<String> listNames() {
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter h4")));
		return driver.findElements(By.cssSelector(".task-filter h4"))
			.stream()
			.map(h -> h.getText().replaceAll("\\s*\\(?\\d+\\)?$", "").strip())
			.toList();
	}

	private static By listLink(String name) {
		return By.xpath("//*[contains(@class,'task-filter')]//h4/a[starts-with(normalize-space(.),'" + name + "')]");
	}

	/** What the engine itself lists for the user, in the order Tasklist shows the lists. */
	private Map<String, Long> expectedCounts(String user) {
		identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list()
			.stream()
			.map(Group::getId)
			.toList());
		try {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (String list : List.of("我的任务", "本社区待办", "即将超时", "已超时", "督办")) {
				var filter = filters.createFilterQuery().filterName(list).singleResult();
				if (filter != null) {
					counts.put(list, filters.count(filter.getId()));
				}
			}
			return counts;
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private List<String> placeholders() {
		return driver.findElements(By.cssSelector(Browser.LOGIN_FORM + " input"))
			.stream()
			.map(input -> input.getAttribute("placeholder"))
			.toList();
	}

	private void assertNoEndOfLifeBanner() {
		assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
	}

	private String url(String app) {
		return "http://localhost:" + port + "/camunda/app/" + app + "/default/";
	}

}
