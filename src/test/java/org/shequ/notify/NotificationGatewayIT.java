package org.shequ.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.support.Api;
import org.shequ.support.RunningJar;
import org.shequ.support.SmsStub;
import org.shequ.support.TestCases;
import org.shequ.support.WebappSession;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The packaged app with the HTTP gateway pointed at a local stub that is down, its job executor
 * running in real time: the message is tried again after each configured wait, then shows up as an
 * incident in Cockpit while the case goes on; when the stub is back, retrying the incident delivers
 * the message exactly once.
 */
class NotificationGatewayIT {

	@Test
	@Timeout(value = 5, unit = TimeUnit.MINUTES)
	void aGatewayThatIsDownEndsInAnIncidentWhoseRetryDeliversOnce(@TempDir Path home) throws Exception {
		try (SmsStub stub = SmsStub.start()) {
			stub.down();
			RunningJar app = RunningJar.startIn(home, "gateway", Map.of(),
					"--shequ.notifications.gateway=http", "--shequ.notifications.http.url=" + stub.url(),
					"--shequ.notifications.retry-cycle=PT1S,PT2S,PT3S",
					"--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=1000");
			String tn;
			String messageId;
			try {
				Api api = app.api();
				Api.Response filed = api.post("/api/cases", "jfqgrid1", Api.json(TestCases.caseBody()));
				assertThat(filed.status()).as("intake does not wait for the gateway: " + filed).isEqualTo(201);
				tn = filed.json().get("trackingNumber").asText();
				String delivery = api.get("/engine-rest/process-instance?businessKey=" + tn + "/RECEIVED", "admin")
					.json()
					.get(0)
					.get("id")
					.asText();

				WebappSession cockpit = WebappSession.login(app.port(), "cockpit", "admin", Api.PASSWORD);
				String incidents = "/camunda/api/engine/engine/default/incident?processInstanceId=" + delivery;
				await("an incident in Cockpit", Duration.ofSeconds(90), () -> cockpit.get(incidents).json().size() == 1);
				JsonNode incident = cockpit.get(incidents).json().get(0);
				assertThat(incident.get("activityId").asText()).isEqualTo("sendMessage");
				assertThat(incident.get("incidentMessage").asText()).contains("answered 503").doesNotContain("13900002222");

				String number = tn;
				messageId = stub.attempts().stream().filter(a -> a.text().contains(number)).findFirst().orElseThrow()
					.messageId();
				List<SmsStub.Attempt> attempts = stub.attemptsFor(messageId);
				assertThat(attempts).as("the first try and one retry per configured wait").hasSize(4)
					.allSatisfy(a -> assertThat(a.status()).isEqualTo(503));
				for (int i = 1; i < attempts.size(); i++) {
					long waited = attempts.get(i).atMillis() - attempts.get(i - 1).atMillis();
					assertThat(waited).as("wait before retry " + i).isGreaterThanOrEqualTo(i * 1000L - 200);
				}

				// the case goes on while its message waits
				JsonNode task = api.get("/engine-rest/task?processInstanceBusinessKey=" + tn, "jfqgrid1").json().get(0);
				Api.Response responded = api.post("/engine-rest/task/" + task.get("id").asText() + "/complete", "jfqgrid1",
						"{\"variables\":{\"contactMethod\":{\"value\":\"phone\"},\"contactNote\":{\"value\":\"已电话联系\"}}}");
				assertThat(responded.status()).as(responded.toString()).isEqualTo(204);
				assertThat(api.get("/api/cases/" + tn, "jfqgrid1").json().get("status").asText()).isEqualTo("IN_PROGRESS");

				stub.up();
				String job = api.get("/engine-rest/job?processInstanceId=" + delivery, "admin").json().get(0).get("id").asText();
				Api.Response retried = api.put("/engine-rest/job/" + job + "/retries", "admin", "{\"retries\":1}");
				assertThat(retried.status()).as(retried.toString()).isEqualTo(204);
				await("the retried message delivered", Duration.ofSeconds(60), () -> stub.accepted(messageId) == 1
						&& api.get("/engine-rest/process-instance/count?processInstanceIds=" + delivery, "admin")
							.json()
							.get("count")
							.asInt() == 0);
				assertThat(cockpit.get(incidents).json()).isEmpty();
				Thread.sleep(3000);
				assertThat(stub.accepted(messageId)).as("deliveries of " + messageId).isEqualTo(1);
				assertThat(stub.attemptsFor(messageId)).hasSize(5);
			}
			finally {
				app.close();
			}
			try (Connection connection = DriverManager.getConnection(
					"jdbc:h2:file:" + home.resolve("data/shequ").toAbsolutePath() + ";ACCESS_MODE_DATA=r", "sa", "");
					ResultSet row = connection.createStatement()
						.executeQuery("select status from resident_notification where message_id = '" + messageId + "'")) {
				assertThat(row.next()).isTrue();
				assertThat(row.getString(1)).isEqualTo("SENT");
			}
			assertThat(Files.readString(app.log())).doesNotContain("13900002222")
				.contains("139****2222");
		}
	}

	private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (condition.getAsBoolean()) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("timed out waiting for " + what);
	}

}
