package vn.motcua.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, UUID> {

	@Query("SELECT * FROM account WHERE username = :username")
	Optional<Account> findByUsername(String username);

	/**
	 * The account, its row locked until the transaction ends: a disable and a piece of work given to the
	 * account wait for each other instead of each reading the other's state before it commits.
	 */
	@Query("SELECT * FROM account WHERE id = :id FOR UPDATE")
	Optional<Account> findByIdForUpdate(UUID id);

	/** Names only: loading the accounts would also load each one's roles, one query per account. */
	@Query("SELECT id AS account_id, username, display_name FROM account WHERE username IN (:usernames)")
	List<AccountName> findNamesByUsernameIn(Collection<String> usernames);

	/** The contact only, in one query: loading the account would also load its roles. */
	@Query("SELECT id AS account_id, email, phone FROM account WHERE id = :id")
	Optional<AccountContact> findContactById(UUID id);

	/** The holder only, in one query: loading the account would also load its roles. */
	@Query("SELECT id AS account_id, kind, username, display_name, id_number, phone, email FROM account WHERE id = :id")
	Optional<AccountHolder> findHolderById(UUID id);

	/** Sign-in accepts the user name, the citizen ID or tax code, or the e-mail address. */
	@Query("""
			SELECT * FROM account
			WHERE username = :identifier OR id_number = :identifier OR LOWER(email) = LOWER(:identifier)
			""")
	List<Account> findBySignInIdentifier(String identifier);

	/** Many accounts without their roles (see {@link #findRolesByAccountIdIn}): one query however many. */
	@Query("""
			SELECT id AS account_id, username, display_name, email, enabled, locked_until, password_chosen_by,
			password_chosen_at
			FROM account WHERE id IN (:ids)""")
	List<AccountRow> findRowsByIdIn(Collection<UUID> ids);

	/** The roles of many accounts in one query, where loading the accounts reads each one's by a query of its own. */
	@Query("SELECT account_id, role, agency_id FROM account_role WHERE account_id IN (:ids)")
	List<AccountRoleRow> findRolesByAccountIdIn(Collection<UUID> ids);

	boolean existsByUsername(String username);

	boolean existsByIdNumber(String idNumber);

	@Query("SELECT COUNT(*) > 0 FROM account WHERE LOWER(email) = LOWER(:email)")
	boolean existsByEmailIgnoreCase(String email);

	boolean existsByPhone(String phone);
}
