package vn.motcua.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the SQL statements the current thread executes while a piece of code runs, with their
 * parameters, through a proxy around the application's {@link DataSource}. Used to count the
 * statements of one request (no N+1 on lists) and to replay a request's queries under EXPLAIN.
 * Only the calling thread is recorded: MockMvc serves a request on it, while asynchronous event
 * listeners (ratings) run elsewhere and do not disturb the count. A batch counts once, as
 * it is one round trip; a commit counts too (recorded as {@code COMMIT}), as it is one more. Import
 * {@link Configuration} into the test.
 */
public final class StatementLog {

	/** One executed statement: its SQL and the parameters bound to it, by position (from 1). */
	public record Executed(String sql, Map<Integer, Object> parameters) {

		public boolean isQuery() {
			return sql.stripLeading().regionMatches(true, 0, "SELECT", 0, 6)
					|| sql.stripLeading().regionMatches(true, 0, "WITH", 0, 4);
		}
	}

	private static final ThreadLocal<List<Executed>> recording = new ThreadLocal<>();

	private StatementLog() {
	}

	/** Runs the work and returns the statements it executed on this thread, in order. */
	public static List<Executed> record(Callable<?> work) {
		List<Executed> executed = new ArrayList<>();
		List<Executed> outer = recording.get();
		recording.set(executed);
		try {
			work.call();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			recording.set(outer);
		}
		return executed;
	}

	/** Wraps the application's data source so that statements can be recorded. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static BeanPostProcessor statementLogDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
							? proxy(DataSource.class, dataSource, StatementLog::dataSourceCall) : bean;
				}
			};
		}
	}

	private static Object dataSourceCall(Object target, Method method, Object[] args) throws Throwable {
		Object result = invoke(target, method, args);
		return result instanceof Connection connection ? proxy(Connection.class, connection, StatementLog::connectionCall)
				: result;
	}

	private static Object connectionCall(Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().equals("commit") && recording.get() != null) {
			recording.get().add(new Executed("COMMIT", Map.of()));
		}
		Object result = invoke(target, method, args);
		if (result instanceof PreparedStatement prepared && args != null && args.length > 0
				&& args[0] instanceof String sql) {
			Map<Integer, Object> parameters = new TreeMap<>();
			Class<?> type = method.getReturnType().isAssignableFrom(PreparedStatement.class) ? PreparedStatement.class
					: method.getReturnType();
			return proxy(type, prepared, (statement, call, callArgs) -> statementCall(statement, call,
							callArgs, sql, parameters));
		}
		if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
			return proxy(Statement.class, statement, (plain, call, callArgs) -> statementCall(plain, call, callArgs,
					callArgs != null && callArgs.length > 0 && callArgs[0] instanceof String sql ? sql : "?",
					new TreeMap<>()));
		}
		return result;
	}

	private static Object statementCall(Object target, Method method, Object[] args, String sql,
			Map<Integer, Object> parameters) throws Throwable {
		String name = method.getName();
		if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
			parameters.put(index, name.equals("setNull") ? null : args[1]);
		}
		else if (name.equals("clearParameters")) {
			parameters.clear();
		}
		else if (name.startsWith("execute") && recording.get() != null) {
			String executedSql = args != null && args.length > 0 && args[0] instanceof String text ? text : sql;
			recording.get().add(new Executed(executedSql, new TreeMap<>(parameters)));
		}
		return invoke(target, method, args);
	}

	interface Call {
		Object handle(Object target, Method method, Object[] args) throws Throwable;
	}

	/**
	 * The pool's connection this log's proxy wraps (the connection itself when it is not one): the pool
	 * evicts only connections it handed out.
	 */
	public static Connection pooled(Connection connection) {
		return Proxy.isProxyClass(connection.getClass())
				&& Proxy.getInvocationHandler(connection) instanceof Handler handler ? (Connection) handler.target() : connection;
	}

	private record Handler(Object target, Call call) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(proxy) && !wanted.isInstance(target)) {
				return proxy;
			}
			return call.handle(target, method, args);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<? extends T> type, Object target, Call call) {
		return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] { type },
				new Handler(target, call));
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

	/** PostgreSQL's plan of a recorded statement, with the parameters it was executed with. */
	public static String explain(Connection connection, Executed statement) {
		return explain(connection, statement, "");
	}

	/**
	 * PostgreSQL's plan of a recorded statement run again with {@code ANALYZE}: each node with the
	 * rows it returned and how many times it ran. Timings are left out, as no test asserts one.
	 */
	public static String explainAnalyze(Connection connection, Executed statement) {
		return explain(connection, statement, "(ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ");
	}

	private static String explain(Connection connection, Executed statement, String options) {
		try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + options + statement.sql())) {
			for (var parameter : statement.parameters().entrySet()) {
				explain.setObject(parameter.getKey(), parameter.getValue());
			}
			StringBuilder plan = new StringBuilder();
			try (ResultSet rows = explain.executeQuery()) {
				while (rows.next()) {
					plan.append(rows.getString(1)).append('\n');
				}
			}
			return plan.toString();
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot explain " + statement.sql(), e);
		}
	}
}
