package vn.motcua.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The sectors. Every catalogue page and petition form lists them and they change only by an
 * administrator's edit or a catalogue import, so each instance keeps the list for a minute: a change
 * on this instance is seen once its transaction ends (the list is dropped then, committed or not, so
 * that a list read inside a transaction that rolls back is not kept), on another within the minute.
 */
@Repository
class SectorRepository {

	private static final String ALL = "all";

	private final JdbcClient jdbc;
	private final Cache<String, List<Sector>> kept = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	SectorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Sector> findAll() {
		return kept.get(ALL, key -> jdbc.sql("SELECT code, name, position FROM sector ORDER BY position, code")
			.query(Sector.class)
			.list());
	}

	Optional<Sector> findByCode(String code) {
		return jdbc.sql("SELECT code, name, position FROM sector WHERE code = ?").param(code).query(Sector.class)
			.optional();
	}

	void save(Sector sector) {
		int updated = jdbc.sql("UPDATE sector SET name = ?, position = ? WHERE code = ?")
			.params(sector.name(), sector.position(), sector.code()).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO sector (code, name, position) VALUES (?, ?, ?)")
				.params(sector.code(), sector.name(), sector.position()).update();
		}
		forget();
	}

	int count() {
		return jdbc.sql("SELECT COUNT(*) FROM sector").query(Integer.class).single();
	}

	private void forget() {
		kept.invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					kept.invalidateAll();
				}
			});
		}
	}
}
