package org.shequ.roster;

import org.shequ.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The on-call roster (值班表) of one community: who is on call from when to when, every week. */
@RestController
@RequestMapping("/api/communities/{community}/roster")
class RosterController {

	private final RosterService rosters;

	RosterController(RosterService rosters) {
		this.rosters = rosters;
	}

	@GetMapping
	RosterViews.Roster get(@PathVariable String community, CurrentUser user) {
		return rosters.roster(community, user);
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	RosterViews.Roster put(@PathVariable String community, @RequestBody RosterViews.Roster roster, CurrentUser user) {
		return rosters.replace(community, roster, user);
	}

}
