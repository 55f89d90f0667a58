package vn.motcua.identity;

/** Whether an account may sign in now: active, locked for a while after wrong passwords, or disabled. */
public enum AccountState {
	ACTIVE,
	LOCKED,
	DISABLED
}
