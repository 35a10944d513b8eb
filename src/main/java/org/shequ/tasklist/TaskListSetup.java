package org.shequ.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.shequ.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Creates the Tasklist lists on every start, or brings them back to their definition, and lets exactly
 * their reader groups see each one. Nobody but the administrator may create or change filters (no role
 * has CREATE or UPDATE on filters). Also removes what came before: the starter's "全部任务" list and the
 * read right on every filter that the roles once had.
 */
@Component
@Order(15)
class TaskListSetup implements ApplicationRunner {

	static final String FORMER_ALL_TASKS = "全部任务";

	private static final Logger log = LoggerFactory.getLogger(TaskListSetup.class);

	private final CaseTaskLists lists;

	private final FilterService filters;

	private final AuthorizationService authorizations;

	private final ObjectMapper json;

	TaskListSetup(CaseTaskLists lists, FilterService filters, AuthorizationService authorizations, ObjectMapper json) {
		this.lists = lists;
		this.filters = filters;
		this.authorizations = authorizations;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		removeFormerAllTasksList();
		removeReadRightOnEveryFilter();
		for (TaskList list : lists.all()) {
			Filter filter = createOrUpdate(list);
			shareWithExactly(filter.getId(), Set.copyOf(list.readers()));
		}
	}

	private Filter createOrUpdate(TaskList list) {
		List<Filter> existing = filters.createFilterQuery().filterResourceType(Resources.TASK.resourceName())
			.filterName(list.name())
			.list();
		Filter filter = existing.isEmpty() ? filters.newTaskFilter(list.name()) : existing.get(0);
		for (Filter duplicate : existing.subList(Math.min(1, existing.size()), existing.size())) {
			filters.deleteFilter(duplicate.getId());
		}
		if (!existing.isEmpty() && queryJson(filter.getQuery()).equals(queryJson(list.query()))
				&& same(filter.getProperties(), list.properties())) {
			return filter;
		}
		filter.setQuery(list.query());
		filter.setProperties(list.properties());
		Filter saved = filters.saveFilter(filter);
		log.info("Tasklist list {} {}", list.name(), existing.isEmpty() ? "created" : "updated");
		return saved;
	}

	private void shareWithExactly(String filterId, Set<String> readers) {
		Set<String> granted = new HashSet<>();
		for (Authorization authorization : authorizations.createAuthorizationQuery()
			.resourceType(Resources.FILTER)
			.resourceId(filterId)
			.list()) {
			String group = authorization.getGroupId();
			if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && readers.contains(group)
					&& authorization.isPermissionGranted(Permissions.READ)) {
				granted.add(group);
			}
			else {
				authorizations.deleteAuthorization(authorization.getId());
			}
		}
		for (String group : readers) {
			if (!granted.contains(group)) {
				Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				read.setGroupId(group);
				read.setResource(Resources.FILTER);
				read.setResourceId(filterId);
				read.addPermission(Permissions.READ);
				authorizations.saveAuthorization(read);
			}
		}
	}

	private void removeFormerAllTasksList() {
		for (Filter former : filters.createFilterQuery().filterName(FORMER_ALL_TASKS).list()) {
			filters.deleteFilter(former.getId());
			log.info("Tasklist list {} removed", FORMER_ALL_TASKS);
		}
	}

	private void removeReadRightOnEveryFilter() {
		for (Authorization everyFilter : authorizations.createAuthorizationQuery()
			.resourceType(Resources.FILTER)
			.resourceId(ANY)
			.groupIdIn(Roles.ALL.toArray(String[]::new))
			.list()) {
			authorizations.deleteAuthorization(everyFilter.getId());
		}
	}

	static String queryJson(TaskQuery query) {
		return new JsonTaskQueryConverter().toJsonObject((TaskQueryImpl) query).toString();
	}

	private boolean same(Object stored, Object wanted) {
		try {
			JsonNode a = json.readTree(json.writeValueAsString(stored));
			JsonNode b = json.readTree(json.writeValueAsString(wanted));
			return a.equals(b);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
