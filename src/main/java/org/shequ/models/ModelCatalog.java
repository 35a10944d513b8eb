package org.shequ.models;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.shequ.intake.CaseRecords;
import org.shequ.security.CurrentUser;
import org.shequ.system.ForbiddenException;
import org.shequ.system.Privileged;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Service;

/** Every deployed process and decision with its versions, their origin and their use. */
@Service
class ModelCatalog {

	static final String STARTUP_SOURCE = "shequ-startup";

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final ModelDeploymentRepository records;

	private final Privileged privileged;

	private final ZoneId zone;

	ModelCatalog(RepositoryService repository, RuntimeService runtime, HistoryService history,
			ModelDeploymentRepository records, Privileged privileged, ShequClock clock) {
		this.repository = repository;
		this.runtime = runtime;
		this.history = history;
		this.records = records;
		this.privileged = privileged;
		this.zone = clock.zone();
	}

	/** Supervisors (who change the flows), auditors and the administrator. */
	static void requireModelReader(CurrentUser user) {
		if (!user.isSupervisor() && !user.isAuditor() && !user.isAdmin()) {
			throw new ForbiddenException("only supervisors, auditors and the administrator see the models");
		}
	}

	ModelViews.Catalog catalog(CurrentUser user) {
		requireModelReader(user);
		return privileged.call(() -> {
			Map<String, Deployment> deployments = new HashMap<>();
			repository.createDeploymentQuery().list().forEach(d -> deployments.put(d.getId(), d));
			Origins origins = new Origins(deployments);
			List<ModelViews.Model> processes = group(repository.createProcessDefinitionQuery().list(), origins,
					p -> runtime.createProcessInstanceQuery().processDefinitionId(p.getId()).count(), null);
			List<ModelViews.Model> decisions = group(repository.createDecisionDefinitionQuery().list(), origins, null,
					d -> history.createHistoricDecisionInstanceQuery().decisionDefinitionId(d.getId()).count());
			return new ModelViews.Catalog(processes, decisions);
		});
	}

	private <T extends ResourceDefinition> List<ModelViews.Model> group(List<T> definitions, Origins origins,
			Function<T, Long> running, Function<T, Long> evaluations) {
		Map<String, List<T>> byKey = new TreeMap<>();
		definitions.forEach(d -> byKey.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(d));
		List<ModelViews.Model> models = new ArrayList<>();
		byKey.forEach((key, versions) -> {
			versions.sort(Comparator.comparingInt(ResourceDefinition::getVersion));
			T latest = versions.get(versions.size() - 1);
			List<ModelViews.Version> views = versions.stream()
				.map(d -> version(d, d == latest, origins, running, evaluations))
				.toList();
			models.add(new ModelViews.Model(key, latest.getName(), latest.getVersion(), views));
		});
		return models;
	}

	private <T extends ResourceDefinition> ModelViews.Version version(T definition, boolean latest, Origins origins,
			Function<T, Long> running, Function<T, Long> evaluations) {
		Deployment deployment = origins.deployments.get(definition.getDeploymentId());
		return new ModelViews.Version(definition.getVersion(), definition.getId(), latest,
				definition.getDeploymentId(), deployment == null ? null : deployment.getName(),
				deployment == null ? null : deployment.getSource(),
				deployment == null || deployment.getDeploymentTime() == null ? null
						: deployment.getDeploymentTime().toInstant().atZone(zone).toOffsetDateTime(),
				origins.deployedBy(definition.getDeploymentId()), origins.resources(definition.getDeploymentId()),
				running == null ? null : running.apply(definition),
				evaluations == null ? null : evaluations.apply(definition));
	}

	/** Who deployed what: Shequ's own record, else the engine's operation log, else the startup source. */
	private final class Origins {

		final Map<String, Deployment> deployments;

		private final Map<String, String> deployers = new HashMap<>();

		private final Map<String, List<String>> resources = new HashMap<>();

		Origins(Map<String, Deployment> deployments) {
			this.deployments = deployments;
			records.findAll().forEach(r -> deployers.put(r.getDeploymentId(), r.getDeployedBy()));
		}

		String deployedBy(String deploymentId) {
			return deployers.computeIfAbsent(deploymentId, id -> fromOperationLog(id).orElseGet(() -> {
				Deployment deployment = deployments.get(id);
				return deployment != null && STARTUP_SOURCE.equals(deployment.getSource()) ? CaseRecords.SYSTEM : null;
			}));
		}

		List<String> resources(String deploymentId) {
			return resources.computeIfAbsent(deploymentId, repository::getDeploymentResourceNames);
		}

		private Optional<String> fromOperationLog(String deploymentId) {
			return history.createUserOperationLogQuery()
				.deploymentId(deploymentId)
				.entityType(EntityTypes.DEPLOYMENT)
				.operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
				.list()
				.stream()
				.map(UserOperationLogEntry::getUserId)
				.filter(u -> u != null)
				.findFirst();
		}

	}

}
