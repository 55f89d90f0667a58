package vn.motcua.consultation.survey;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface SurveyRepository extends ListCrudRepository<Survey, UUID> {

	List<Survey> findByAgencyCodeOrderByOpensOnDesc(String agencyCode);

	boolean existsByAgencyCodeAndTitle(String agencyCode, String title);
}
