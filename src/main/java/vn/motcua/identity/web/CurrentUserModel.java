package vn.motcua.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;

/** The sign-in state that the page layout shows on every page. */
@ControllerAdvice
class CurrentUserModel {

	private final AccountManagement accounts;

	CurrentUserModel(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("currentUser")
	@Nullable CurrentUser currentUser() {
		return accounts.currentUser().orElse(null);
	}
}
