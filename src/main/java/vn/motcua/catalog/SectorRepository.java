package vn.motcua.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SectorRepository {

	private final JdbcClient jdbc;

	SectorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Sector> findAll() {
		return jdbc.sql("SELECT code, name, position FROM sector ORDER BY position, code").query(Sector.class).list();
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
	}

	int count() {
		return jdbc.sql("SELECT COUNT(*) FROM sector").query(Integer.class).single();
	}
}
