package vn.motcua.consultation;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ConsultationRepository extends ListCrudRepository<Consultation, UUID> {
}
