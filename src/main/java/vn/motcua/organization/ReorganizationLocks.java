package vn.motcua.organization;

import java.sql.DatabaseMetaData;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The agency row's lock that keeps a merge or split of its units and work being planned at them apart
 * (decision 0036). Planning takes it shared on PostgreSQL, so that dossiers accepted at the same moment do
 * not queue behind one another, while a reorganisation takes it for update first and so waits for the
 * plans being made and they for it. H2 knows only {@code FOR UPDATE}, which serves the embedded
 * default's few users (acceptances of one agency then follow one another for the end of their
 * transaction).
 */
@Component
class ReorganizationLocks {

	private final JdbcClient jdbc;
	private final String holdForWork;

	ReorganizationLocks(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		boolean postgres = "PostgreSQL".equals(
				JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		// in the order of their ids, so that two plans naming the same agencies lock them in one order
		this.holdForWork = "SELECT id FROM agency WHERE id IN (:ids) ORDER BY id "
				+ (postgres ? "FOR SHARE" : "FOR UPDATE");
	}

	/** Holds the agencies of those units until the transaction ends, waiting for a reorganisation under way. */
	void holdForWork(Collection<UUID> agencyIds) {
		if (!agencyIds.isEmpty()) {
			jdbc.sql(holdForWork).param("ids", List.copyOf(Set.copyOf(agencyIds))).query(UUID.class).list();
		}
	}

	/** Locks the agency for its reorganisation until the transaction ends, waiting for plans being made. */
	void lockForReorganization(UUID agencyId) {
		jdbc.sql("SELECT id FROM agency WHERE id = :id FOR UPDATE").param("id", agencyId).query(UUID.class).list();
	}
}
