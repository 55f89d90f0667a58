package vn.motcua.organization;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface AgencyContactRepository extends CrudRepository<AgencyContact, UUID> {
}
