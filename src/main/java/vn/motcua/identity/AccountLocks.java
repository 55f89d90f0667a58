package vn.motcua.identity;

import java.sql.DatabaseMetaData;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The row lock that keeps work given to an account and the account's disabling apart (decision 0033).
 * Giving work takes it shared on PostgreSQL: the officers forwarding dossiers to the same specialist at the
 * same moment do not queue behind one another (each forward holds it until its commit), while a disable,
 * which locks the row for update, waits for them and they for it. H2 knows only {@code FOR UPDATE}, which
 * serves the embedded default's few users.
 */
@Component
class AccountLocks {

	private final JdbcClient jdbc;
	private final String lockForWork;

	AccountLocks(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		boolean postgres = "PostgreSQL".equals(
				JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		this.lockForWork = "SELECT id FROM account WHERE id = :id " + (postgres ? "FOR SHARE" : "FOR UPDATE");
	}

	/** Locks the account's row until the transaction ends, waiting for a disable in progress; false if none. */
	boolean lockForWork(UUID accountId) {
		return jdbc.sql(lockForWork).param("id", accountId).query(UUID.class).optional().isPresent();
	}
}
