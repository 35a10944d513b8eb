package org.shequ.intake;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.shequ.roster.StaffDirectory;
import org.shequ.system.Privileged;
import org.shequ.system.ShequClock;
import org.shequ.system.ShequProperties;
import org.springframework.stereotype.Component;

/**
 * Runs when any user task of a case is created (registered for every model by
 * {@code org.shequ.system.ShequEnginePlugin}): names the task after the case so the Tasklist is
 * readable without opening it, gives it the case's current deadline as due date, puts the case
 * facts in two task-local variables that every form shows read-only and the tracking number,
 * category and deadline in three more that the Tasklist lists show, and lets the community's
 * secretaries reassign it. The lists read task-local variables because whoever may read a task may
 * read those, while process variables need a right on the whole process instance.
 */
@Component
public class CaseTaskDecorator implements TaskListener {

	public static final String SUMMARY = "caseSummary";

	public static final String DESCRIPTION = "caseDescription";

	public static final String TRACKING_NUMBER = "caseTrackingNumber";

	/** The category in Chinese, with 紧急 for urgent cases. */
	public static final String CATEGORY = "caseCategory";

	/** The task's due date, Beijing time. */
	public static final String DEADLINE = "caseDeadline";

	private static final int TITLE_IN_NAME = 24;

	private final CaseRecords records;

	private final StaffDirectory staff;

	private final AuthorizationService authorizations;

	private final Privileged privileged;

	private final ShequClock clock;

	private final ShequProperties properties;

	CaseTaskDecorator(CaseRecords records, StaffDirectory staff, AuthorizationService authorizations,
			Privileged privileged, ShequClock clock, ShequProperties properties) {
		this.records = records;
		this.staff = staff;
		this.authorizations = authorizations;
		this.privileged = privileged;
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!(task.getVariable(CaseRecords.CASE_ID) instanceof Number)) {
			return;
		}
		Case kase = records.of(task);
		task.setName(task.getName() + "｜" + kase.getTrackingNumber() + "｜" + shorten(kase.getTitle()));
		String category = kase.getCategory().label() + (kase.isUrgent() ? "·紧急" : "");
		task.setDescription(category + "｜" + kase.getStatus().label() + "｜" + deadlineLabel(kase));
		if (task.getDueDate() == null) {
			Instant due = due(kase);
			if (due != null) {
				task.setDueDate(Date.from(due));
			}
		}
		task.setVariableLocal(TRACKING_NUMBER, kase.getTrackingNumber());
		task.setVariableLocal(CATEGORY, category);
		task.setVariableLocal(DEADLINE, dueDisplay(task));
		task.setVariableLocal(SUMMARY, summary(kase));
		task.setVariableLocal(DESCRIPTION, kase.getDescription());
		letSupervisorsReassign(task, kase.getCommunityId());
	}

	private String dueDisplay(DelegateTask task) {
		return clock.display(task.getDueDate() == null ? null : task.getDueDate().toInstant());
	}

	/** Before the first response the response deadline counts, then the resolution deadline, then the callback's. */
	Instant due(Case kase) {
		if (!kase.isResponded() && kase.getRespondBy() != null) {
			return kase.getRespondBy();
		}
		if (!kase.isResolved()) {
			return kase.getResolveBy();
		}
		return kase.getResolvedAt() == null ? null : kase.getResolvedAt().plus(properties.callbackWithin());
	}

	private String deadlineLabel(Case kase) {
		if (!kase.isResponded()) {
			return "响应时限 " + clock.display(kase.getRespondBy());
		}
		if (!kase.isResolved()) {
			return "办结时限 " + clock.display(kase.getResolveBy());
		}
		return "已办结 " + clock.display(kase.getResolvedAt());
	}

	private String summary(Case kase) {
		return String.join("\n", "诉求编号：" + kase.getTrackingNumber(),
				"类别：" + kase.getCategory().label() + (kase.isUrgent() ? "（紧急）" : ""),
				"标题：" + kase.getTitle(), "地址：" + (kase.getAddress() == null ? "—" : kase.getAddress()),
				"反映人：" + kase.getReporterName() + "　电话：" + kase.getReporterPhone(),
				"受理：" + clock.display(kase.getReceivedAt()) + "（" + kase.getChannel().label() + "）",
				"响应时限：" + clock.display(kase.getRespondBy()) + "　办结时限：" + clock.display(kase.getResolveBy()),
				"状态：" + kase.getStatus().label() + (kase.getReopenCount() > 0 ? "（第" + kase.getReopenCount() + "次重办）" : ""));
	}

	/**
	 * Supervisors already linked to the task (as assignee or candidate) are left out: the engine has
	 * just created their authorization for this task and would clash with a second one.
	 */
	private void letSupervisorsReassign(DelegateTask task, String community) {
		Set<String> linked = task.getCandidates()
			.stream()
			.map(IdentityLink::getUserId)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(HashSet::new));
		if (task.getAssignee() != null) {
			linked.add(task.getAssignee());
		}
		privileged.run(() -> {
			for (String supervisor : staff.supervisorsOf(community)) {
				if (linked.contains(supervisor)) {
					continue;
				}
				Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				authorization.setUserId(supervisor);
				authorization.setResource(Resources.TASK);
				authorization.setResourceId(task.getId());
				authorization.addPermission(Permissions.READ);
				authorization.addPermission(Permissions.TASK_ASSIGN);
				authorizations.saveAuthorization(authorization);
			}
		});
	}

	private static String shorten(String title) {
		return title.codePointCount(0, title.length()) <= TITLE_IN_NAME ? title
				: title.substring(0, title.offsetByCodePoints(0, TITLE_IN_NAME)) + "…";
	}

}
