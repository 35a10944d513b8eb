package org.shequ.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our Chinese strings against the English ones in Camunda's webjar (read from the classpath, so a
 * Camunda upgrade that adds strings fails here): every Tasklist string has a Chinese entry with the
 * same placeholders, and the other apps' login pages are covered too.
 */
class TasklistLocaleTest {

	static final String APPS = "META-INF/resources/webjars/camunda/app/";

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*\\}\\}");

	static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

	static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void everyEnglishTasklistStringHasAChineseOneWithTheSamePlaceholders() throws IOException {
		JsonNode english = locale("tasklist", "en").get("labels");
		JsonNode chinese = locale("tasklist", "zh").get("labels");
		assertThat(english.size()).as("Camunda's English Tasklist strings").isGreaterThan(400);

		List<String> problems = new ArrayList<>();
		english.fieldNames().forEachRemaining(key -> {
			String en = english.get(key).asText();
			JsonNode zh = chinese.get(key);
			if (zh == null || !zh.isTextual()) {
				problems.add(key + ": missing");
			}
			else if (!placeholders(en).equals(placeholders(zh.asText()))) {
				problems.add(key + ": placeholders " + placeholders(en) + " became " + placeholders(zh.asText()));
			}
			else if (LATIN_WORD.matcher(en).find() && !CHINESE.matcher(zh.asText()).find()) {
				problems.add(key + ": not translated: " + zh.asText());
			}
		});
		assertThat(problems).isEmpty();
		assertThat(keys(chinese)).as("strings Camunda no longer has").isSubsetOf(keys(english));
	}

	@Test
	void chineseDatesHaveEveryPartMomentNeedsAndA24HourClock() throws IOException {
		JsonNode english = locale("tasklist", "en").get("dateLocales");
		JsonNode chinese = locale("tasklist", "zh").get("dateLocales");

		assertThat(keys(chinese)).containsAll(keys(english));
		assertThat(keys(chinese.get("calendar"))).containsAll(keys(english.get("calendar")));
		assertThat(keys(chinese.get("relativeTime"))).containsAll(keys(english.get("relativeTime")));
		for (String list : List.of("months", "monthsShort", "weekdays", "weekdaysShort", "weekdaysMin")) {
			assertThat(chinese.get(list).size()).as(list).isEqualTo(english.get(list).size());
		}
		assertThat(chinese.get("longDateFormat").get("LT").asText()).isEqualTo("HH:mm");
		assertThat(chinese.get("weekdays").get(0).asText()).isEqualTo("星期日");
	}

	@Test
	void tasklistOffersChineseAndEnglishWithEnglishAsFallbackAndShowsDatesIn24HourTime() throws IOException {
		String config = text(APPS + "tasklist/scripts/config.js");

		assertThat(config).contains("availableLocales: ['zh', 'en']").contains("fallbackLocale: 'en'");
		Matcher formats = Pattern.compile("(abbr|normal|long|short): '([^']*)'").matcher(config);
		int count = 0;
		while (formats.find()) {
			count++;
			assertThat(formats.group(2)).as(formats.group(1)).doesNotContain("h").doesNotContain("A").doesNotContain("L");
		}
		assertThat(count).isEqualTo(4);
		assertThat(config).contains("customScripts: ['shequ/tasklist']").contains("ngDeps: ['shequ.tasklist']");
		assertThat(resource(APPS + "tasklist/shequ/tasklist.js")).isNotNull();
		assertThat(text(APPS + "tasklist/styles/user-styles.css")).contains(".ce-eol-banner");
	}

	@Test
	void cockpitAdminAndWelcomeLoginPagesFollowTheBrowsersLanguage() throws IOException {
		for (String app : List.of("cockpit", "admin", "welcome")) {
			JsonNode english = locale(app, "en").get("labels");
			JsonNode chinese = locale(app, "zh").get("labels");
			Set<String> loginPage = new TreeSet<>();
			english.fieldNames().forEachRemaining(key -> {
				if (key.startsWith("PAGE_LOGIN_")) {
					loginPage.add(key);
				}
			});
			assertThat(loginPage).as(app).hasSize(6);
			assertThat(keys(chinese)).as(app).containsAll(loginPage).isSubsetOf(keys(english));
			chinese.fields().forEachRemaining(entry -> assertThat(entry.getValue().asText()).as(app + " " + entry.getKey())
				.containsPattern(CHINESE)
				.isEqualTo(locale("tasklist", "zh").get("labels").get(entry.getKey()).asText()));
			assertThat(text(APPS + app + "/scripts/config.js")).contains("availableLocales: ['zh', 'en']")
				.contains("fallbackLocale: 'en'");
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Set<String> keys(JsonNode node) {
		Set<String> keys = new TreeSet<>();
		node.fieldNames().forEachRemaining(keys::add);
		return keys;
	}

	private static JsonNode locale(String app, String language) {
		try {
			String text = text(APPS + app + "/locales/" + language + ".json");
			return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static String text(String path) throws IOException {
		URL url = resource(path);
		assertThat(url).as(path).isNotNull();
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static URL resource(String path) {
		return TasklistLocaleTest.class.getClassLoader().getResource(path);
	}

}
