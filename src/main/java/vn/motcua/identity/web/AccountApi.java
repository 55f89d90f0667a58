package vn.motcua.identity.web;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.identity.Account;
import vn.motcua.identity.AccountManagement;

/** An applicant reads and changes their own account; officers are managed by administrators. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Identity")
class AccountApi {

	private final AccountManagement accounts;

	AccountApi(AccountManagement accounts) {
		this.accounts = accounts;
	}

	record AccountView(String kind, String displayName, @Nullable String idNumber, @Nullable String phone,
			@Nullable String email) {

		static AccountView of(Account account) {
			return new AccountView(account.kind().name(), account.displayName(), account.idNumber(), account.phone(),
					account.email());
		}
	}

	@GetMapping
	@Operation(summary = "The signed-in applicant's account")
	AccountView get() {
		return AccountView.of(current());
	}

	@PutMapping
	@Operation(summary = "Change the signed-in applicant's phone and e-mail")
	AccountView update(@Valid @RequestBody ContactForm form) {
		Account account = current();
		accounts.updateApplicantContact(account.id(), form.phone().trim(), form.email().trim());
		return AccountView.of(accounts.findById(account.id()).orElseThrow());
	}

	private Account current() {
		return accounts.findById(accounts.currentUser().orElseThrow().accountId()).orElseThrow();
	}
}
