package vn.motcua.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Identity")
class MeApi {

	private final AccountManagement accounts;

	MeApi(AccountManagement accounts) {
		this.accounts = accounts;
	}

	record Me(String username, String displayName, String kind, List<String> roles) {
	}

	@GetMapping
	@Operation(summary = "The signed-in account: name, kind and roles")
	Me me() {
		CurrentUser user = accounts.currentUser().orElseThrow(() -> new NotFoundException("identity.account.not-found"));
		return new Me(user.username(), user.displayName(), user.kind().name(),
				user.roles().stream().map(grant -> grant.role().name()).sorted().toList());
	}
}
