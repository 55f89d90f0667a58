package vn.motcua.shared;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Connections to PostgreSQL send a batch of inserts as multi-row {@code INSERT}s (the driver's
 * {@code reWriteBatchedInserts}): the audit sealer's entries, a dossier's new child rows, a rating's
 * handlers. Without it each row of a batch is a statement of its own for the server to bind and
 * execute, and PostgreSQL's CPU, not the system's, bounds the lifecycles a second on one machine
 * (bench/README.md). Set on the pool whatever the profile, so the PostgreSQL layer of the tests runs
 * with it too; a {@code reWriteBatchedInserts=false} in the database URL still wins, as the
 * driver reads the URL's parameters over the pool's.
 */
@Component
class PostgresConnections implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
			pool.addDataSourceProperty("reWriteBatchedInserts", "true");
		}
		return bean;
	}
}
