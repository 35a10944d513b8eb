package org.shequ.relief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.shequ.support.TestCases;
import org.springframework.stereotype.Component;

/** Works relief tasks the way Tasklist submits them: checklists and the household list as JSON variables. */
@Component
class ReliefSteps {

	private final TestCases cases;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final IdentityService identity;

	ReliefSteps(TestCases cases, TaskService tasks, RuntimeService runtime, IdentityService identity) {
		this.cases = cases;
		this.tasks = tasks;
		this.runtime = runtime;
		this.identity = identity;
	}

	static Object json(String json) {
		return SpinValues.jsonValue(json).create();
	}

	static Object list(String... values) {
		return json(List.of(values).stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]")));
	}

	/** A household as the application form submits it; change what a test needs with {@link Form#with}. */
	static Form application() {
		return new Form().with("householdMembers", json("""
				[{"name":"周桂兰","relationship":"self","age":52,"monthlyIncome":1100},
				 {"name":"周小雨","relationship":"child","age":17,"monthlyIncome":0}]"""))
			.with("housing", "one")
			.with("vehicle", "no")
			.with("savings", 3000)
			.with("hardship", list())
			.with("hardshipNote", "母亲退休金微薄，家庭开支困难")
			.with("programmesAsked", list("dibao"))
			.with("documentsReceived", list("idCard", "householdRegister", "incomeProof"))
			.with("registrationNote", "申请人到社区窗口当面申请");
	}

	static Form form() {
		return new Form();
	}

	static final class Form {

		private final Map<String, Object> values = new HashMap<>();

		Form with(String name, Object value) {
			values.put(name, value);
			return this;
		}

		Form without(String name) {
			values.remove(name);
			return this;
		}

		Map<String, Object> values() {
			return values;
		}

	}

	ProcessInstance reliefInstance(String trackingNumber) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(trackingNumber)
			.processDefinitionKey("relief-application")
			.singleResult();
	}

	void complete(String trackingNumber, String taskKey, String user, Form form) {
		cases.complete(trackingNumber, taskKey, user, form.values());
	}

	/** The referral task of one partner body (the branches run side by side with the same task key). */
	Task referralTask(String trackingNumber, String taskKey, Programme partner) {
		List<Task> candidates = new ArrayList<>();
		for (Task task : tasks.createTaskQuery()
			.processInstanceBusinessKey(trackingNumber)
			.taskDefinitionKey(taskKey)
			.list()) {
			if (partner.partnerName().equals(tasks.getVariableLocal(task.getId(), "partnerLabel"))) {
				candidates.add(task);
			}
		}
		if (candidates.size() != 1) {
			throw new AssertionError("expected one " + taskKey + " for " + partner + ", found " + candidates.size());
		}
		return candidates.get(0);
	}

	void completeReferral(String trackingNumber, String taskKey, Programme partner, String user, Form form) {
		Task task = referralTask(trackingNumber, taskKey, partner);
		identity.setAuthentication(user,
				identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
		try {
			tasks.complete(task.getId(), form.values());
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
