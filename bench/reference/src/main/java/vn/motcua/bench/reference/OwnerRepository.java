package vn.motcua.bench.reference;

import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OwnerRepository extends JpaRepository<Owner, Long> {

	@Cacheable("owners")
	List<Owner> findByNameContainingIgnoreCaseOrderByName(String name);
}
