package vn.motcua.catalog.web;

import org.jspecify.annotations.Nullable;

/** A row of the fees table; a row left blank is dropped. */
public class FeeRow {

	private String name = "";
	private @Nullable Long amount = null;

	boolean isBlank() {
		return name.isBlank() && amount == null;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable Long getAmount() {
		return amount;
	}

	public void setAmount(@Nullable Long amount) {
		this.amount = amount;
	}
}
