package org.shequ.kpi;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.shequ.community.GridRepository;
import org.shequ.intake.Category;
import org.shequ.system.Privileged;
import org.springframework.stereotype.Component;

/** What a supervisor reads for a group key: the grid's name, the worker's name, the category in Chinese. */
@Component
class GroupLabels {

	static final String NONE = "（未派单）";

	private final GridRepository grids;

	private final IdentityService identity;

	private final Privileged privileged;

	GroupLabels(GridRepository grids, IdentityService identity, Privileged privileged) {
		this.grids = grids;
		this.identity = identity;
		this.privileged = privileged;
	}

	/** Labels for these keys of one kind of group; a key nobody knows any more is shown as it is. */
	Map<String, String> of(GroupBy groupBy, Collection<String> keys) {
		Map<String, String> labels = new HashMap<>();
		switch (groupBy) {
			case GRID -> grids.findAllById(keys.stream().filter(k -> k != null).toList())
				.forEach(g -> labels.put(g.getId(), g.getName()));
			case WORKER -> privileged.run(() -> identity.createUserQuery()
				.userIdIn(keys.stream().filter(k -> k != null).toArray(String[]::new))
				.list()
				.forEach(u -> labels.put(u.getId(), name(u))));
			case CATEGORY -> keys.stream()
				.filter(k -> k != null)
				.forEach(k -> labels.put(k, Category.valueOf(k).label()));
			default -> {
			}
		}
		Map<String, String> complete = new HashMap<>();
		keys.forEach(k -> complete.put(k, k == null ? NONE : labels.getOrDefault(k, k)));
		return complete;
	}

	/** Demo and real users alike keep the family name as "first name", so that it reads 刘海燕. */
	private static String name(User user) {
		String name = (user.getFirstName() == null ? "" : user.getFirstName())
				+ (user.getLastName() == null ? "" : user.getLastName());
		return name.isBlank() ? user.getId() : name;
	}

}
