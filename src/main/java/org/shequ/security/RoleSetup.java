package org.shequ.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.shequ.community.CommunityRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role and community groups and what each role may do in the engine and the webapps.
 * Runs on every start and only adds what is missing. Task-level rights come from the models:
 * candidates and assignees get READ and TASK_WORK on their task, supervisors TASK_ASSIGN
 * ({@code org.shequ.intake.CaseTaskDecorator}); who may read which Tasklist list comes from
 * {@code org.shequ.tasklist.TaskListSetup}.
 */
@Component
@Order(10)
class RoleSetup implements ApplicationRunner {

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	private final CommunityRepository communities;

	RoleSetup(IdentityService identity, AuthorizationService authorizations, CommunityRepository communities) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.communities = communities;
	}

	@Override
	public void run(ApplicationArguments args) {
		group(Roles.CASEWORKER, "社区干部·网格员");
		group(Roles.SUPERVISOR, "社区书记");
		group(Roles.AUDITOR, "审计·纪检");
		group(Roles.STREET_OFFICE, "街道办");
		group(Roles.CIVIL_AFFAIRS, "民政");
		group(Roles.VOLUNTEER, "党员志愿者服务队");
		communities.findAll().forEach(c -> group(c.getId(), c.getName()));

		for (String worker : Roles.TASK_WORKERS) {
			grant(worker, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(worker, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
			grant(worker, Resources.USER, ANY, Permissions.READ);
			grant(worker, Resources.GROUP, ANY, Permissions.READ);
		}
		grant(Roles.SUPERVISOR, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
		// supervisors change the flows: deploy from Camunda Modeler (every deployment passes org.shequ.models' gate)
		grant(Roles.SUPERVISOR, Resources.DEPLOYMENT, ANY, Permissions.READ, Permissions.CREATE);

		grant(Roles.AUDITOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(Roles.AUDITOR, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
				Permissions.READ_INSTANCE, Permissions.READ_TASK);
		grant(Roles.AUDITOR, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
		grant(Roles.AUDITOR, Resources.TASK, ANY, Permissions.READ);
		grant(Roles.AUDITOR, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
		grant(Roles.AUDITOR, Resources.DEPLOYMENT, ANY, Permissions.READ);
		grant(Roles.AUDITOR, Resources.USER, ANY, Permissions.READ);
		grant(Roles.AUDITOR, Resources.GROUP, ANY, Permissions.READ);
		// the whole history and the operation log (who changed what), read-only
		grant(Roles.AUDITOR, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
		grant(Roles.AUDITOR, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
		grant(Roles.AUDITOR, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
		grant(Roles.AUDITOR, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
	}

	private void group(String id, String name) {
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = identity.newGroup(id);
			group.setName(name);
			group.setType(Groups.GROUP_TYPE_WORKFLOW);
			identity.saveGroup(group);
		}
	}

	private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
		List<Authorization> existing = authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.list();
		Authorization authorization = existing.isEmpty() ? authorizations.createNewAuthorization(AUTH_TYPE_GRANT)
				: existing.get(0);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		boolean changed = existing.isEmpty();
		for (Permission permission : permissions) {
			if (!authorization.isPermissionGranted(permission)) {
				authorization.addPermission(permission);
				changed = true;
			}
		}
		if (changed) {
			authorizations.saveAuthorization(authorization);
		}
	}

}
