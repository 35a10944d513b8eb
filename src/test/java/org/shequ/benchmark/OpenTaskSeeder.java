package org.shequ.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Puts many open tasks into a Shequ database through the engine, hundreds of process instances per
 * transaction (one flush, JDBC batches) instead of one HTTP request each. Each task is offered to one
 * of {@value #COMMUNITIES} community groups and to {@value #ALL_GROUP}; every other one of
 * {@value #SPREAD_USER}'s community is assigned to them. {@value #SPREAD_USER} thus sees a community's
 * share, {@value #ALL_USER} the worst case: one group holding every task.
 */
final class OpenTaskSeeder {

	static final String PROCESS = "benchmark-open-task";

	static final String TASK = "openTask";

	static final int COMMUNITIES = 300;

	static final int SPREAD_COMMUNITY = 42;

	static final String SPREAD_USER = "benchgrid";

	static final String ALL_USER = "benchall";

	static final String ALL_GROUP = "benchwide";

	static final String CASEWORKER = "caseworker";

	private static final int PER_TRANSACTION = 500;

	private OpenTaskSeeder() {
	}

	static BpmnModelInstance process() {
		return Bpmn.createExecutableProcess(PROCESS)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("prepare")
			.camundaExpression("${true}")
			.userTask(TASK)
			.name("benchmark open task")
			.camundaAssignee("${assignee}")
			.camundaCandidateGroups("${community}," + ALL_GROUP)
			.endEvent()
			.done();
	}

	static void seed(ProcessEngine engine, int tasks, int threads) throws Exception {
		people(engine.getIdentityService());
		engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", process()).deploy();
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<Void>> batches = new ArrayList<>();
		for (int from = 0; from < tasks; from += PER_TRANSACTION) {
			StartMany batch = new StartMany(from, Math.min(PER_TRANSACTION, tasks - from));
			batches.add(pool.submit(() -> configuration.getCommandExecutorTxRequired().execute(batch)));
		}
		for (Future<Void> batch : batches) {
			batch.get();
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
	}

	static String community(int i) {
		return "benchc%03d".formatted(i);
	}

	private static void people(IdentityService identity) {
		for (int i = 0; i < COMMUNITIES; i++) {
			group(identity, community(i));
		}
		group(identity, ALL_GROUP);
		user(identity, SPREAD_USER, community(SPREAD_COMMUNITY));
		user(identity, ALL_USER, ALL_GROUP);
	}

	private static void group(IdentityService identity, String id) {
		Group group = identity.newGroup(id);
		group.setName(id);
		group.setType("WORKFLOW");
		identity.saveGroup(group);
	}

	private static void user(IdentityService identity, String id, String group) {
		User user = identity.newUser(id);
		user.setFirstName("压测");
		user.setLastName(id);
		user.setPassword("demo");
		identity.saveUser(user);
		identity.createMembership(id, group);
		identity.createMembership(id, CASEWORKER);
	}

	/** Starts instances inside one command, so that they are flushed together. */
	private record StartMany(int from, int count) implements Command<Void> {

		@Override
		public Void execute(CommandContext context) {
			ProcessDefinitionEntity definition = context.getProcessEngineConfiguration()
				.getDeploymentCache()
				.findDeployedLatestProcessDefinitionByKey(PROCESS);
			for (int i = from; i < from + count; i++) {
				int community = i % COMMUNITIES;
				Map<String, Object> variables = new HashMap<>();
				variables.put("community", community(community));
				variables.put("assignee", community == SPREAD_COMMUNITY && (i / COMMUNITIES) % 2 == 0 ? SPREAD_USER : null);
				ExecutionEntity instance = (ExecutionEntity) definition.createProcessInstance();
				instance.start(variables);
			}
			return null;
		}

	}

}
