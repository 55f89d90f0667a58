package vn.motcua.disclosure;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface DisclosureRepository extends ListCrudRepository<Disclosure, UUID> {
}
