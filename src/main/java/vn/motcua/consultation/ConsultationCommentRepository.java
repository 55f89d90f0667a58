package vn.motcua.consultation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ConsultationCommentRepository extends ListCrudRepository<ConsultationComment, UUID> {

	Optional<ConsultationComment> findByCode(String code);

	@Query("SELECT * FROM consultation_comment WHERE consultation_id = :consultationId ORDER BY code")
	List<ConsultationComment> findOf(UUID consultationId);

	@Query("SELECT COUNT(*) FROM consultation_comment WHERE consultation_id = :consultationId")
	long countOf(UUID consultationId);

	@Query("SELECT COUNT(*) FROM consultation_comment WHERE consultation_id = :consultationId AND decision IS NULL")
	long countUndecidedOf(UUID consultationId);
}
