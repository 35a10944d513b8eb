package org.shequ.support;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRepository;
import org.shequ.intake.IntakeService;
import org.shequ.intake.NewCaseRequest;
import org.shequ.security.CurrentUser;
import org.shequ.security.Roles;
import org.springframework.stereotype.Component;

/** Files cases and works their tasks the way caseworkers do, for tests. */
@Component
public class TestCases {

	public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final IntakeService intake;

	private final CaseRepository cases;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final IdentityService identity;

	TestCases(IntakeService intake, CaseRepository cases, TaskService tasks, RuntimeService runtime,
			ManagementService management, IdentityService identity) {
		this.intake = intake;
		this.cases = cases;
		this.tasks = tasks;
		this.runtime = runtime;
		this.management = management;
		this.identity = identity;
	}

	public static NewCaseRequest request(String community, String grid, String category, boolean urgent) {
		return new NewCaseRequest(community, grid, category, urgent, "phone", "测试诉求：" + category,
				"居民反映的情况，测试用。", "测试居民", "13900001111", "测试地址1号");
	}

	/** A valid POST /api/cases body for jiefangqiao, grid jfq-1, as a mutable map. */
	public static Map<String, Object> caseBody() {
		Map<String, Object> body = new HashMap<>();
		body.put("community", "jiefangqiao");
		body.put("grid", "jfq-1");
		body.put("category", "sanitation");
		body.put("urgent", false);
		body.put("channel", "walk-in");
		body.put("title", "楼道堆放杂物");
		body.put("description", "三单元楼道堆满旧家具，影响通行。");
		body.put("reporterName", "测试居民");
		body.put("reporterPhone", "13900002222");
		body.put("address", "解放桥路20号3单元");
		return body;
	}

	public static void setClock(LocalDateTime beijingTime) {
		ClockUtil.setCurrentTime(Date.from(beijingTime.atZone(BEIJING).toInstant()));
	}

	public static void moveClock(Duration by) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
	}

	/** Files a case as a caseworker of the request's community and returns its tracking number. */
	public String file(NewCaseRequest request) {
		String worker = switch (request.community()) {
			case "hongheba" -> "hhbgrid1";
			case "jiefangqiao" -> "jfqgrid1";
			default -> "mzjgrid1";
		};
		return intake.file(request, new CurrentUser(worker, Set.of(Roles.CASEWORKER, request.community()),
				Set.of(request.community())), null).filed().trackingNumber();
	}

	public Case kase(String trackingNumber) {
		return cases.findByTrackingNumber(trackingNumber).orElseThrow();
	}

	public ProcessInstance intakeInstance(String trackingNumber) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(trackingNumber)
			.processDefinitionKey(IntakeService.PROCESS_KEY)
			.singleResult();
	}

	public Task task(String trackingNumber, String definitionKey) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(trackingNumber)
			.taskDefinitionKey(definitionKey)
			.singleResult();
	}

	public List<Task> openTasks(String trackingNumber) {
		return tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber).list();
	}

	/** Completes the case's open task with this key as {@code user}, with the form values given. */
	public void complete(String trackingNumber, String definitionKey, String user, Map<String, Object> form) {
		Task task = task(trackingNumber, definitionKey);
		if (task == null) {
			throw new AssertionError("no open task " + definitionKey + " for " + trackingNumber + "; open: "
					+ openTasks(trackingNumber).stream().map(Task::getTaskDefinitionKey).toList());
		}
		identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list()
			.stream()
			.map(Group::getId)
			.toList());
		try {
			tasks.complete(task.getId(), form);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	public void respond(String trackingNumber, String user) {
		complete(trackingNumber, "respondToResident", user, Map.of("contactMethod", "phone", "contactNote", "已电话联系居民"));
	}

	public void handle(String trackingNumber, String user) {
		complete(trackingNumber, "handleCase", user, Map.of("actionsTaken", "现场查看并协调处理", "outcome", "resolved",
				"outcomeSummary", "问题已处理完毕"));
	}

	public void callback(String trackingNumber, String user, String satisfaction) {
		complete(trackingNumber, "callbackResident", user, Map.of("residentReached", "yes", "contacted", "yes",
				"solved", "yes", "satisfaction", satisfaction, "callbackNote", "居民表示" + satisfaction));
	}

	public List<Job> timers(String trackingNumber) {
		return management.createJobQuery().processInstanceId(intakeInstance(trackingNumber).getId()).timers().list();
	}

	/** Runs every job of the case that is due at the engine's current time. */
	public int runDueJobs(String trackingNumber) {
		int ran = 0;
		for (ProcessInstance instance : runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(trackingNumber)
			.list()) {
			for (Job job : management.createJobQuery()
				.processInstanceId(instance.getId())
				.duedateLowerThan(Date.from(ClockUtil.getCurrentTime().toInstant().plusMillis(1)))
				.list()) {
				management.executeJob(job.getId());
				ran++;
			}
		}
		return ran;
	}

}
