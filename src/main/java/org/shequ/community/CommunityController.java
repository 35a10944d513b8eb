package org.shequ.community;

import java.util.List;

import org.shequ.security.CurrentUser;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The communities and grids a caller may file cases for, so intake forms can offer them. */
@RestController
class CommunityController {

	private final CommunityRepository communities;

	private final GridRepository grids;

	CommunityController(CommunityRepository communities, GridRepository grids) {
		this.communities = communities;
		this.grids = grids;
	}

	@GetMapping("/api/communities")
	@Transactional(readOnly = true)
	List<CommunityView> list(CurrentUser user) {
		return communities.findAll()
			.stream()
			.filter(c -> user.canRead(c.getId()))
			.map(c -> new CommunityView(c.getId(), c.getCode(), c.getName(),
					grids.findByCommunityIdOrderById(c.getId())
						.stream()
						.map(g -> new GridView(g.getId(), g.getName(), g.getWorkerId()))
						.toList()))
			.toList();
	}

	record CommunityView(String id, String code, String name, List<GridView> grids) {
	}

	record GridView(String id, String name, String worker) {
	}

}
