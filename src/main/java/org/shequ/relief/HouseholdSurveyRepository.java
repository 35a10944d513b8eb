package org.shequ.relief;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HouseholdSurveyRepository extends JpaRepository<HouseholdSurvey, Long> {

	List<HouseholdSurvey> findByApplicationIdOrderByIdAsc(Long applicationId);

	long countByApplicationId(Long applicationId);

}
