package org.shequ.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.CaseRepository;
import org.shequ.security.CurrentUser;
import org.shequ.system.ConflictException;
import org.shequ.system.ForbiddenException;
import org.shequ.system.InvalidRequestException;
import org.shequ.system.InvalidRequestException.FieldProblem;
import org.shequ.system.NotFoundException;
import org.shequ.system.Privileged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running cases of one version of a process to another, where Camunda's migration allows it.
 * The plan maps every activity to the one with the same id in the target version (and moves timers and
 * message subscriptions with them); an activity that no longer exists keeps its instances where they
 * are. A dry run migrates each instance in a transaction that is rolled back, so it reports exactly
 * what the real run would do. A supervisor moves the cases of their own communities, the administrator
 * all; each moved case gets a case log entry, and the engine's operation log records the migration.
 */
@Service
class CaseMigrations {

	static final String MIGRATED = "MIGRATED";

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final CaseRepository cases;

	private final CaseRecords records;

	private final Privileged privileged;

	private final TransactionTemplate transaction;

	CaseMigrations(RepositoryService repository, RuntimeService runtime, CaseRepository cases, CaseRecords records,
			Privileged privileged, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.runtime = runtime;
		this.cases = cases;
		this.records = records;
		this.privileged = privileged;
		this.transaction = new TransactionTemplate(transactions);
	}

	ModelViews.Migration migrate(String key, MigrationRequest request, CurrentUser user) {
		if (!user.isSupervisor() && !user.isAdmin()) {
			throw new ForbiddenException("only supervisors and the administrator migrate cases");
		}
		List<ProcessDefinition> versions = privileged.call(() -> repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.list());
		if (versions.isEmpty()) {
			throw new NotFoundException("no process " + abbreviate(key));
		}
		Map<Integer, ProcessDefinition> byVersion = versions.stream()
			.collect(Collectors.toMap(ProcessDefinition::getVersion, Function.identity()));
		int latest = byVersion.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
		ProcessDefinition source = version(byVersion, request.fromVersion(), "fromVersion", true);
		ProcessDefinition target = request.toVersion() == null ? byVersion.get(latest)
				: version(byVersion, request.toVersion(), "toVersion", false);
		if (source.getVersion() == target.getVersion()) {
			throw new InvalidRequestException("toVersion", "is the version the instances run on already");
		}

		List<ProcessInstance> instances = instances(source, request, user);
		MigrationPlan plan;
		try {
			plan = privileged.call(() -> runtime.createMigrationPlan(source.getId(), target.getId())
				.mapEqualActivities()
				.updateEventTriggers()
				.build());
		}
		catch (MigrationPlanValidationException invalid) {
			List<String> problems = planProblems(invalid);
			if (!request.isDryRun()) {
				throw new ConflictException(422, "version " + source.getVersion() + " cannot be migrated to version "
						+ target.getVersion() + ": " + String.join("; ", problems));
			}
			List<ModelViews.MigratedInstance> reports = instances.stream()
				.map(i -> report(i, false, false, List.of("the migration plan is not valid")))
				.toList();
			return summary(key, source, target, true, problems, reports);
		}

		List<ModelViews.MigratedInstance> reports = new ArrayList<>();
		for (ProcessInstance instance : instances) {
			reports.add(request.isDryRun() ? tryMigration(plan, instance) : migrate(plan, instance, source, target, user));
		}
		return summary(key, source, target, request.isDryRun(), List.of(), reports);
	}

	private static ProcessDefinition version(Map<Integer, ProcessDefinition> byVersion, Integer version, String field,
			boolean required) {
		if (version == null && required) {
			throw new InvalidRequestException(field, "is required: the version the instances run on now");
		}
		ProcessDefinition definition = byVersion.get(version);
		if (definition == null) {
			throw new InvalidRequestException(field, "is not a deployed version (there are " + byVersion.keySet() + ")");
		}
		return definition;
	}

	/** The running instances of the source version the caller may move (those asked for, or all of them). */
	private List<ProcessInstance> instances(ProcessDefinition source, MigrationRequest request, CurrentUser user) {
		List<ProcessInstance> running = privileged.call(() -> runtime.createProcessInstanceQuery()
			.processDefinitionId(source.getId())
			.orderByProcessInstanceId()
			.asc()
			.list());
		if (request.processInstanceIds() == null) {
			return running.stream().filter(i -> user.canSupervise(community(i))).toList();
		}
		Set<String> runningIds = running.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
		List<ProcessInstance> chosen = new ArrayList<>();
		for (String id : request.processInstanceIds()) {
			if (!runningIds.contains(id)) {
				throw new InvalidRequestException("processInstanceIds", "'" + abbreviate(id)
						+ "' is not a running instance of version " + source.getVersion());
			}
			ProcessInstance instance = running.stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow();
			if (!user.canSupervise(community(instance))) {
				throw new ForbiddenException("instance " + id + " is a case of another community");
			}
			chosen.add(instance);
		}
		return chosen;
	}

	private String community(ProcessInstance instance) {
		Object community = privileged.call(() -> runtime.getVariable(instance.getId(), "community"));
		return community == null ? "" : community.toString();
	}

	/** Migrates in a transaction that is rolled back: what the real run would do, without doing it. */
	private ModelViews.MigratedInstance tryMigration(MigrationPlan plan, ProcessInstance instance) {
		List<String> problems = new ArrayList<>();
		transaction.executeWithoutResult(status -> {
			status.setRollbackOnly();
			problems.addAll(attempt(plan, instance));
		});
		return report(instance, problems.isEmpty(), false, problems);
	}

	private ModelViews.MigratedInstance migrate(MigrationPlan plan, ProcessInstance instance, ProcessDefinition source,
			ProcessDefinition target, CurrentUser user) {
		List<String> waitingAt = waitingAt(instance);
		List<String> problems = new ArrayList<>();
		try {
			transaction.executeWithoutResult(status -> {
				List<String> failed = attempt(plan, instance);
				if (!failed.isEmpty()) {
					problems.addAll(failed);
					status.setRollbackOnly();
					return;
				}
				Object caseId = privileged.call(() -> runtime.getVariable(instance.getId(), CaseRecords.CASE_ID));
				if (caseId instanceof Number id) {
					cases.findById(id.longValue()).ifPresent(kase -> records.log(kase, MIGRATED, user.id(), "流程 "
							+ source.getKey() + " 由第" + source.getVersion() + "版迁移到第" + target.getVersion()
							+ "版（实例 " + instance.getId() + "，所在步骤 " + String.join("、", waitingAt) + "）"));
				}
			});
		}
		catch (RuntimeException e) {
			problems.add(e.getMessage());
		}
		return new ModelViews.MigratedInstance(instance.getId(), instance.getBusinessKey(), community(instance),
				waitingAt, problems.isEmpty(), problems.isEmpty(), problems);
	}

	private List<String> attempt(MigrationPlan plan, ProcessInstance instance) {
		try {
			privileged.run(() -> runtime.newMigration(plan).processInstanceIds(instance.getId()).execute());
			return List.of();
		}
		catch (MigratingProcessInstanceValidationException invalid) {
			return instanceProblems(invalid.getValidationReport());
		}
		catch (ProcessEngineException failed) {
			return List.of(String.valueOf(failed.getMessage()));
		}
	}

	private ModelViews.MigratedInstance report(ProcessInstance instance, boolean canMigrate, boolean migrated,
			List<String> problems) {
		return new ModelViews.MigratedInstance(instance.getId(), instance.getBusinessKey(), community(instance),
				waitingAt(instance), canMigrate, migrated, problems);
	}

	private List<String> waitingAt(ProcessInstance instance) {
		return privileged.call(() -> runtime.getActiveActivityIds(instance.getId()));
	}

	private static ModelViews.Migration summary(String key, ProcessDefinition source, ProcessDefinition target,
			boolean dryRun, List<String> planProblems, List<ModelViews.MigratedInstance> instances) {
		int can = (int) instances.stream().filter(ModelViews.MigratedInstance::canMigrate).count();
		int moved = (int) instances.stream().filter(ModelViews.MigratedInstance::migrated).count();
		return new ModelViews.Migration(key, new ModelViews.VersionRef(source.getVersion(), source.getId()),
				new ModelViews.VersionRef(target.getVersion(), target.getId()), dryRun, planProblems, instances, can,
				instances.size() - can, moved);
	}

	private static List<String> planProblems(MigrationPlanValidationException invalid) {
		List<String> problems = new ArrayList<>();
		for (MigrationInstructionValidationReport report : invalid.getValidationReport().getInstructionReports()) {
			MigrationInstruction instruction = report.getMigrationInstruction();
			report.getFailures().forEach(f -> problems.add(instruction.getSourceActivityId() + " → "
					+ instruction.getTargetActivityId() + ": " + f));
		}
		invalid.getValidationReport().getVariableReports().forEach((name, report) -> report.getFailures()
			.forEach(f -> problems.add("variable " + name + ": " + f)));
		if (problems.isEmpty()) {
			problems.add(String.valueOf(invalid.getMessage()));
		}
		return problems;
	}

	private static List<String> instanceProblems(MigratingProcessInstanceValidationReport report) {
		List<String> problems = new ArrayList<>(report.getFailures());
		for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
			activity.getFailures().forEach(f -> problems.add(activity.getSourceScopeId() + ": " + f));
		}
		for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
			transition.getFailures().forEach(f -> problems.add(transition.getSourceScopeId() + ": " + f));
		}
		return problems;
	}

	private static String abbreviate(String value) {
		return value.length() <= 64 ? value : value.substring(0, 64) + "…";
	}

}
