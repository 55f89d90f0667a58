package vn.motcua.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.PageModel;

/** The sign-in state that the page layout shows on every page. */
@Component
class CurrentUserModel implements PageModel {

	private final AccountManagement accounts;

	CurrentUserModel(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public void contribute(HttpServletRequest request, ModelMap model) {
		if (!model.containsAttribute("currentUser")) {
			model.addAttribute("currentUser", accounts.currentUser().orElse(null));
		}
	}
}
