package org.shequ.community;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GridRepository extends JpaRepository<Grid, String> {

	List<Grid> findByCommunityIdOrderById(String communityId);

}
