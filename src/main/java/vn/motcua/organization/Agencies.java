package vn.motcua.organization;

import static vn.motcua.organization.OrganizationChanges.required;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.NotFoundException;

/** The agencies, created and renamed by the administrator, and found by id, code and officer. */
@Component
class Agencies {

	private final AgencyRepository agencies;
	private final OrganizationChanges changes;
	private final OrganizationProperties properties;
	private final Cache<String, Agency> agencyOfCode = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(10_000)
		.build();
	/** The whole list under its one key: the public pages' agency choice reads it on every request. */
	private final Cache<Class<Agency>, List<Agency>> allByName = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	Agencies(AgencyRepository agencies, OrganizationChanges changes, OrganizationProperties properties) {
		this.agencies = agencies;
		this.changes = changes;
		this.properties = properties;
	}

	Agency create(String code, String name, String province) {
		String agencyCode = Agency.normalCode(required("code", code));
		if (!Agency.isValidCode(agencyCode)) {
			throw new InvalidFieldException("code", "organization.agency.code.invalid");
		}
		// an agency kept in lower case before (decision 0046) takes its code in every case
		if (!agencies.findAllByCodeInAnyCase(agencyCode).isEmpty()) {
			throw new InvalidFieldException("code", "organization.agency.code.duplicate", agencyCode);
		}
		Agency agency = agencies.save(Agency.create(agencyCode, required("name", name), required("province", province)));
		forgetAfterCommit();
		changes.publish("agency.created", "Agency", agency.id(), agency.id(),
				"Created agency " + agencyCode + " " + agency.name());
		return agency;
	}

	Agency update(UUID agencyId, String name, String province) {
		Agency agency = agencies.save(agency(agencyId).rename(required("name", name), required("province", province)));
		forgetAfterCommit();
		changes.publish("agency.updated", "Agency", agencyId, agencyId,
				"Agency " + agency.code() + " is now " + agency.name() + ", " + agency.province());
		return agency;
	}

	/** All agencies by name. Kept a minute on each instance, as the agencies by code are. */
	List<Agency> all() {
		return allByName.get(Agency.class, all -> agencies.findAllByOrderByName());
	}

	/**
	 * Forgets the kept agencies now and again once the change has committed: a reader between the two
	 * would otherwise keep the agencies as they were before it for a minute. The cache by code holds an
	 * agency under each case its code was asked in, so all of it goes.
	 */
	private void forgetAfterCommit() {
		Runnable forget = () -> {
			agencyOfCode.invalidateAll();
			allByName.invalidateAll();
		};
		forget.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget.run();
				}
			});
		}
	}

	Agency agency(UUID agencyId) {
		return agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("organization.agency.not-found"));
	}

	/**
	 * The agency of that code in any letter case (decision 0046); of two kept before codes were upper-cased
	 * that differ only in case, the one of exactly that code. Kept a minute on each instance; an unknown
	 * code is asked again each time (see the entry point).
	 */
	Optional<Agency> byCode(String code) {
		return Optional.ofNullable(agencyOfCode.get(code, this::matching));
	}

	private @Nullable Agency matching(String code) {
		List<Agency> found = agencies.findAllByCodeInAnyCase(code);
		return found.size() == 1 ? found.get(0)
				: found.stream().filter(agency -> agency.code().equals(code)).findFirst().orElse(null);
	}

	Optional<Agency> home() {
		return byCode(properties.homeAgencyCode());
	}

	Optional<Agency> of(CurrentUser user, Set<Role> roles) {
		List<UUID> held = user.roles().stream()
			.filter(grant -> roles.contains(grant.role()) && grant.agencyId() != null)
			.map(RoleGrant::agencyId)
			.distinct()
			.toList();
		if (held.size() == 1) {
			return agencies.findById(held.get(0));
		}
		Optional<Agency> home = home().filter(agency -> held.contains(agency.id()));
		return home.isPresent() ? home
				: held.stream().flatMap(id -> agencies.findById(id).stream()).min(Comparator.comparing(Agency::code));
	}
}
