package vn.motcua.catalog.web;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.Decision;

/** The announcing decision of a draft (with the kind of change) or of an abolition. */
public class DecisionForm {

	private @Nullable ChangeKind kind = null;

	@NotBlank(message = "{catalog.decision.required}")
	@Size(max = 100, message = "{catalog.decision.required}")
	private String decisionNumber = "";

	@NotNull(message = "{catalog.form.decision-date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate decisionDate = null;

	@NotBlank(message = "{catalog.decision.required}")
	@Size(max = 200, message = "{catalog.decision.required}")
	private String signer = "";

	@NotNull(message = "{catalog.form.effective.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate effectiveFrom = null;

	Decision toDecision() {
		return new Decision(decisionNumber.trim(), Objects.requireNonNull(decisionDate), signer.trim());
	}

	public @Nullable ChangeKind getKind() {
		return kind;
	}

	public void setKind(@Nullable ChangeKind kind) {
		this.kind = kind;
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

	public void setDecisionNumber(String decisionNumber) {
		this.decisionNumber = decisionNumber;
	}

	public @Nullable LocalDate getDecisionDate() {
		return decisionDate;
	}

	public void setDecisionDate(@Nullable LocalDate decisionDate) {
		this.decisionDate = decisionDate;
	}

	public String getSigner() {
		return signer;
	}

	public void setSigner(String signer) {
		this.signer = signer;
	}

	public @Nullable LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}
}
