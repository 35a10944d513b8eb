package org.shequ.tasklist;

import java.util.List;

import org.shequ.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

	private final CaseworkerTasks caseworkerTasks;

	private final TaskClaims claims;

	TaskController(CaseworkerTasks caseworkerTasks, TaskClaims claims) {
		this.caseworkerTasks = caseworkerTasks;
		this.claims = claims;
	}

	@GetMapping
	List<TaskSummary> mine(CurrentUser user) {
		return caseworkerTasks.firstPage(user);
	}

	@PostMapping("/{taskId}/claim")
	TaskSummary claim(@PathVariable String taskId, CurrentUser user) {
		return claims.claim(taskId, user);
	}

}
