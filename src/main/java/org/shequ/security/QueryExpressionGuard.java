package org.shequ.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Task queries may carry expressions ({@code ...Expression} fields, also inside {@code orQueries}) that
 * the engine evaluates. Ad-hoc queries from any caller may carry none; filters, and the queries that
 * extend them when a filter is run, may only use the handful that Tasklist's own filters need
 * ({@code currentUser()}, {@code currentUserGroups()}, {@code now()}, {@code dateTime()} arithmetic).
 * This runs in front of every engine command, whatever route it came by (engine-rest, the webapps'
 * API, Java).
 */
public class QueryExpressionGuard extends CommandInterceptor {

	static final Pattern SAFE = Pattern.compile("^\\$\\{\\s*(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
			+ "|dateTime\\(\\)(\\.(plus|minus)(Minutes|Hours|Days|Weeks|Months|Years)\\(\\d{1,4}\\)"
			+ "|\\.withTimeAtStartOfDay\\(\\))*(\\.toDate\\(\\))?)\\s*\\}$");

	private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

	private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");

	@Override
	public <T> T execute(Command<T> command) {
		if (command instanceof TaskQueryImpl query && Context.getCommandContext() == null) {
			reject(expressions(query), "ad-hoc task queries may not contain expressions", false);
		}
		else if (command instanceof SaveFilterCmd save) {
			Filter filter = (Filter) read(SAVED_FILTER, save);
			if (filter != null && filter.getQuery() instanceof TaskQueryImpl query) {
				reject(expressions(query), "this filter contains an expression that is not allowed", true);
			}
		}
		else if (command instanceof AbstractExecuteFilterCmd run
				&& read(EXTENDING_QUERY, run) instanceof TaskQueryImpl extending) {
			reject(expressions(extending), "this query contains an expression that is not allowed", true);
		}
		return next.execute(command);
	}

	private static void reject(List<String> expressions, String message, boolean allowSafe) {
		for (String expression : expressions) {
			if (!allowSafe || !SAFE.matcher(expression).matches()) {
				throw new BadUserRequestException(message + ": " + abbreviate(expression));
			}
		}
	}

	static List<String> expressions(TaskQueryImpl query) {
		List<String> found = new ArrayList<>(query.getExpressions().values());
		for (TaskQueryImpl or : query.getQueries()) {
			if (or != query) {
				found.addAll(or.getExpressions().values());
			}
		}
		return found;
	}

	private static String abbreviate(String expression) {
		return expression.length() <= 60 ? expression : expression.substring(0, 60) + "…";
	}

	private static Field field(Class<?> type, String name) {
		try {
			Field field = type.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (NoSuchFieldException e) {
			throw new IllegalStateException("Camunda changed " + type.getName() + "; review QueryExpressionGuard", e);
		}
	}

	private static Object read(Field field, Object target) {
		try {
			return field.get(target);
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

}
