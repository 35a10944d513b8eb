package org.shequ.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.shequ.support.TestCases.request;
import static org.shequ.support.TestCases.setClock;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.intake.CaseStatus;
import org.shequ.support.ShequTest;
import org.shequ.support.SmsStub;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The HTTP gateway against a local stub that fails on command, with the engine clock moved by hand:
 * retries with the configured backoff, then an incident; the case goes on meanwhile; once the gateway
 * is back, retrying the incident (what Cockpit's retry button does) delivers the message exactly once.
 */
@ShequTest
class GatewayDownTest {

	static final LocalDateTime WEDNESDAY_MORNING = LocalDateTime.of(2026, 12, 2, 10, 0);

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestCases cases;

	@Autowired
	ResidentNotificationRepository notifications;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TestGateway gateway;

	SmsStub stub;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		setClock(WEDNESDAY_MORNING);
		stub = SmsStub.start();
		gateway.useHttp(stub.url());
	}

	@AfterEach
	void cleanUp() {
		gateway.useLog();
		stub.close();
		ClockUtil.reset();
	}

	@Test
	void whileTheGatewayIsDownDeliveryBacksOffThenRaisesAnIncidentAndTheCaseGoesOn() {
		stub.down();
		String tn = cases.file(request("jiefangqiao", "jfq-1", "sanitation", false));
		ResidentNotification received = notifications.findByCaseIdOrderById(cases.kase(tn).getId()).get(0);
		ProcessInstance delivery = runtime.createProcessInstanceQuery()
			.processInstanceId(received.getDeliveryInstanceId())
			.singleResult();

		List<Duration> waits = new ArrayList<>();
		Job job = jobOf(delivery);
		while (job.getRetries() > 0) {
			String jobId = job.getId();
			assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("answered 503");
			job = jobOf(delivery);
			if (job.getRetries() > 0) {
				waits.add(Duration.between(ClockUtil.getCurrentTime().toInstant(), job.getDuedate().toInstant()));
				ClockUtil.setCurrentTime(job.getDuedate());
			}
		}
		assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
				Duration.ofMinutes(10), Duration.ofMinutes(30));
		assertThat(stub.attemptsFor(received.getMessageId())).hasSize(6)
			.allSatisfy(a -> assertThat(a.status()).isEqualTo(503))
			.allSatisfy(a -> assertThat(a.idempotencyKey()).isEqualTo(received.getMessageId()));

		Incident incident = runtime.createIncidentQuery().processInstanceId(delivery.getId()).singleResult();
		assertThat(incident.getIncidentType()).isEqualTo("failedJob");
		assertThat(incident.getActivityId()).isEqualTo("sendMessage");
		assertThat(incident.getIncidentMessage()).contains("answered 503").doesNotContain("13900001111");
		assertThat(notifications.findById(received.getId()).orElseThrow().isSent()).isFalse();

		// nothing else in the case waits for the gateway
		assertThat(runtime.createIncidentQuery().processInstanceId(cases.intakeInstance(tn).getId()).count()).isZero();
		cases.respond(tn, "jfqgrid1");
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(cases.task(tn, "handleCase")).isNotNull();

		stub.up();
		management.setJobRetries(job.getId(), 1);
		management.executeJob(job.getId());

		assertThat(delivery).isEnded();
		assertThat(runtime.createIncidentQuery().processInstanceId(delivery.getId()).count()).isZero();
		assertThat(notifications.findById(received.getId()).orElseThrow().isSent()).isTrue();
		assertThat(stub.accepted(received.getMessageId())).isEqualTo(1);
		assertThat(stub.attemptsFor(received.getMessageId())).hasSize(7);
		assertThat(stub.attemptsFor(received.getMessageId()).get(6).to()).isEqualTo("13900001111");
		assertThat(stub.attemptsFor(received.getMessageId()).get(6).text()).isEqualTo(received.getText());
	}

	@Test
	void aDeliveryWhoseAnswerWasLostIsRepeatedWithTheSameMessageIdAndReachesTheResidentOnce() {
		stub.answerLate();
		String tn = cases.file(request("hongheba", "hhb-2", "sanitation", false));
		ResidentNotification received = notifications.findByCaseIdOrderById(cases.kase(tn).getId()).get(0);
		ProcessInstance delivery = runtime.createProcessInstanceQuery()
			.processInstanceId(received.getDeliveryInstanceId())
			.singleResult();

		String jobId = jobOf(delivery).getId();
		assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("not reachable");
		assertThat(stub.accepted(received.getMessageId())).isEqualTo(1);
		assertThat(notifications.findById(received.getId()).orElseThrow().isSent()).isFalse();

		stub.up();
		ClockUtil.setCurrentTime(jobOf(delivery).getDuedate());
		management.executeJob(jobId);

		assertThat(delivery).isEnded();
		assertThat(notifications.findById(received.getId()).orElseThrow().isSent()).isTrue();
		assertThat(stub.attemptsFor(received.getMessageId())).extracting(SmsStub.Attempt::status).containsExactly(202, 409);
		assertThat(stub.accepted(received.getMessageId())).isEqualTo(1);
	}

	Job jobOf(ProcessInstance instance) {
		return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
	}

}
