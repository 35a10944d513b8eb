package org.shequ.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.shequ.support.TestCases.request;
import static org.shequ.support.TestCases.setClock;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shequ.intake.Case;
import org.shequ.intake.CaseStatus;
import org.shequ.intake.NewCaseRequest;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

/** Messages to residents: written with the case change, sent after commit, once, with numbers masked in the log. */
@ShequTest
@ExtendWith(OutputCaptureExtension.class)
class ResidentNotificationTest {

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
	TransactionTemplate transaction;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		setClock(WEDNESDAY_MORNING);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aFiledCaseWritesTheReceivedMessageWithItsNumberAndRespondByTimeAndSendsItAfterCommit(CapturedOutput output) {
		String tn = cases.file(request("jiefangqiao", "jfq-1", "sanitation", false));

		List<ResidentNotification> messages = messagesOf(tn);
		assertThat(messages).hasSize(1);
		ResidentNotification received = messages.get(0);
		assertThat(received.getKind()).isEqualTo(NotificationKind.RECEIVED);
		assertThat(received.getStatus()).isEqualTo(ResidentNotification.Status.PENDING);
		assertThat(received.getRecipient()).isEqualTo("13900001111");
		assertThat(received.getText()).isEqualTo("【解放桥社区】您的诉求已受理，编号" + tn + "，工作人员将在12月3日10:00前与您联系。");
		assertThat(received.getText().length()).isLessThanOrEqualTo(70);

		ProcessInstance delivery = deliveryOf(received);
		assertThat(delivery).isWaitingAt("sendMessage");
		assertThat(delivery.getBusinessKey()).isEqualTo(tn + "/RECEIVED");

		management.executeJob(jobOf(delivery).getId());

		assertThat(delivery).isEnded().hasPassed("sendMessage");
		ResidentNotification sent = notifications.findById(received.getId()).orElseThrow();
		assertThat(sent.getStatus()).isEqualTo(ResidentNotification.Status.SENT);
		assertThat(sent.getSentAt()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
		assertThat(output).contains("SMS " + received.getMessageId() + " to 139****1111: " + received.getText());
	}

	@Test
	void noMessageIsWrittenWhenTheCaseChangeIsRolledBack() {
		long before = notifications.count();
		long deliveries = deliveries();

		transaction.executeWithoutResult(status -> {
			cases.file(request("jiefangqiao", "jfq-1", "sanitation", false));
			status.setRollbackOnly();
		});

		assertThat(notifications.count()).isEqualTo(before);
		assertThat(deliveries()).isEqualTo(deliveries);
	}

	@Test
	void theResidentHearsWhenTheCaseIsRespondedResolvedAndClosed() {
		String tn = cases.file(request("jiefangqiao", "jfq-1", "sanitation", false));
		assertThatThrownBy(() -> cases.complete(tn, "respondToResident", "jfqgrid1",
				Map.of("contactMethod", "fax", "contactNote", "x")))
			.hasMessageContaining("联系方式");
		assertThat(kinds(tn)).containsExactly(NotificationKind.RECEIVED);

		cases.respond(tn, "jfqgrid1");
		assertThat(kinds(tn)).containsExactly(NotificationKind.RECEIVED, NotificationKind.RESPONDED);
		cases.handle(tn, "jfqgrid1");
		assertThat(kinds(tn)).containsExactly(NotificationKind.RECEIVED, NotificationKind.RESPONDED,
				NotificationKind.RESOLVED);
		cases.callback(tn, "jfqgrid2", "satisfied");
		assertThat(cases.kase(tn).getStatus()).isEqualTo(CaseStatus.CLOSED);

		List<ResidentNotification> messages = messagesOf(tn);
		assertThat(messages).extracting(ResidentNotification::getKind)
			.containsExactly(NotificationKind.RECEIVED, NotificationKind.RESPONDED, NotificationKind.RESOLVED,
					NotificationKind.CLOSED);
		assertThat(messages.get(1).getText()).isEqualTo("【解放桥社区】工作人员已联系您，正在处理诉求" + tn + "，需要上门的将尽快赶到。");
		assertThat(messages.get(2).getText()).isEqualTo("【解放桥社区】您的诉求" + tn + "已办结，近日将有工作人员回访，请留意来电。");
		assertThat(messages.get(3).getText()).isEqualTo("【解放桥社区】您的诉求" + tn + "已结案，感谢您的支持。有新的需要请随时联系社区。");
		assertThat(messages).allSatisfy(m -> assertThat(m.getText().length()).isLessThanOrEqualTo(70));

		messages.forEach(m -> management.executeJob(jobOf(deliveryOf(m)).getId()));
		assertThat(messagesOf(tn)).allSatisfy(m -> assertThat(m.isSent()).isTrue());
	}

	@Test
	void aMessageAlreadyMarkedSentIsNotSentAgain(CapturedOutput output) {
		String tn = cases.file(request("hongheba", "hhb-1", "consultation", false));
		ResidentNotification received = messagesOf(tn).get(0);
		management.executeJob(jobOf(deliveryOf(received)).getId());
		var sentAt = notifications.findById(received.getId()).orElseThrow().getSentAt();

		TestCases.moveClock(Duration.ofMinutes(5));
		ProcessInstance duplicate = runtime.createProcessInstanceByKey(NotificationOutbox.PROCESS_KEY)
			.businessKey(tn + "/RECEIVED")
			.setVariable(DeliverNotification.NOTIFICATION_ID, received.getId())
			.execute();
		management.executeJob(jobOf(duplicate).getId());

		assertThat(duplicate).isEnded();
		assertThat(notifications.findById(received.getId()).orElseThrow().getSentAt()).isEqualTo(sentAt);
		assertThat(output.getOut().lines().filter(l -> l.contains("SMS " + received.getMessageId() + " to ")))
			.hasSize(1);
		assertThat(output).contains("SMS " + received.getMessageId() + " (" + tn + " RECEIVED) was already sent");
	}

	@Test
	void phoneNumbersAreMaskedInEveryLogLine(CapturedOutput output) {
		NewCaseRequest request = new NewCaseRequest("mozijing", "mzj-1", "sanitation", false, "phone", "楼道灯不亮",
				"三楼楼道灯坏了，居民13712345678反映。", "测试居民", "13712345678", "磨子井路1号");
		String tn = cases.file(request);
		cases.respond(tn, "mzjgrid1");
		cases.handle(tn, "mzjgrid1");
		cases.callback(tn, "mzjgrid2", "satisfied");
		messagesOf(tn).forEach(m -> management.executeJob(jobOf(deliveryOf(m)).getId()));

		assertThat(messagesOf(tn)).hasSize(4).allSatisfy(m -> assertThat(m.isSent()).isTrue());
		assertThat(output.getAll()).contains("137****5678").doesNotContain("13712345678");
	}

	List<ResidentNotification> messagesOf(String tn) {
		Case kase = cases.kase(tn);
		return notifications.findByCaseIdOrderById(kase.getId());
	}

	List<NotificationKind> kinds(String tn) {
		return messagesOf(tn).stream().map(ResidentNotification::getKind).toList();
	}

	ProcessInstance deliveryOf(ResidentNotification notification) {
		ProcessInstance instance = runtime.createProcessInstanceQuery()
			.processInstanceId(notification.getDeliveryInstanceId())
			.singleResult();
		assertThat(instance).as("delivery of " + notification.getKind()).isNotNull();
		return instance;
	}

	Job jobOf(ProcessInstance instance) {
		return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
	}

	long deliveries() {
		return runtime.createProcessInstanceQuery().processDefinitionKey(NotificationOutbox.PROCESS_KEY).count();
	}

}
