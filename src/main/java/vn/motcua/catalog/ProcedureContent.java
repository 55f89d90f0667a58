package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.motcua.calendar.ProcessingTime;

/**
 * Everything a version of a procedure says: what a citizen needs to apply (who may apply, where and
 * how, documents, fees, time, result, legal basis) and how the agency handles it (internal steps).
 *
 * @param agencyCommitment the agency's own shorter processing time, in the same unit, if it has one
 * @param sameDay handled the same day at the desk ("4 tại chỗ")
 */
public record ProcedureContent(String name, String sectorCode, String agencyCode, List<ApplicantKind> applicants,
		List<Channel> channels, OnlineLevel onlineLevel, ProcessingTime processingTime,
		@Nullable BigDecimal agencyCommitment, boolean sameDay, String submissionPlace, String conditions,
		List<RequiredDocument> documents, List<Fee> fees, String resultType, boolean electronicResult,
		String legalBasis, List<ProcessStep> steps) {

	public ProcedureContent {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(sectorCode, "sectorCode");
		Objects.requireNonNull(agencyCode, "agencyCode");
		Objects.requireNonNull(onlineLevel, "onlineLevel");
		Objects.requireNonNull(processingTime, "processingTime");
		Objects.requireNonNull(submissionPlace, "submissionPlace");
		Objects.requireNonNull(conditions, "conditions");
		Objects.requireNonNull(resultType, "resultType");
		Objects.requireNonNull(legalBasis, "legalBasis");
		applicants = List.copyOf(applicants);
		channels = List.copyOf(channels);
		documents = List.copyOf(documents);
		fees = List.copyOf(fees);
		steps = List.copyOf(steps);
	}

	/** The time the internal steps are planned on: the agency's commitment where it has one. */
	@JsonIgnore
	public BigDecimal plannedTime() {
		return agencyCommitment != null ? agencyCommitment : processingTime.amount();
	}

	@JsonIgnore
	public boolean offersOnlineSubmission() {
		return channels.contains(Channel.ONLINE) && onlineLevel != OnlineLevel.NONE;
	}

	/**
	 * Whether the version publishes all seven components a procedure must make public (Decree 63/2010
	 * Art. 8.2, legal-rules §5 sub-criterion 1.3): name, sequence of steps, method of submission,
	 * documents, processing time, who may apply and the agency that decides.
	 */
	@JsonIgnore
	public boolean publishesEveryComponent() {
		return !name.isBlank() && !steps.isEmpty() && !channels.isEmpty() && !documents.isEmpty()
				&& processingTime.amount().signum() > 0 && !applicants.isEmpty() && !agencyCode.isBlank();
	}

	ProcedureContent withDocument(int index, RequiredDocument document) {
		List<RequiredDocument> changed = new ArrayList<>(documents);
		changed.set(index, document);
		return new ProcedureContent(name, sectorCode, agencyCode, applicants, channels, onlineLevel, processingTime,
				agencyCommitment, sameDay, submissionPlace, conditions, changed, fees, resultType, electronicResult,
				legalBasis, steps);
	}

	ProcedureContent withAgencyCode(String code) {
		return new ProcedureContent(name, sectorCode, code, applicants, channels, onlineLevel, processingTime,
				agencyCommitment, sameDay, submissionPlace, conditions, documents, fees, resultType, electronicResult,
				legalBasis, steps);
	}

	/** The same content with each step's unit replaced as the function says (steps without a unit stay so). */
	ProcedureContent withStepUnits(UnaryOperator<@Nullable UUID> unitOf) {
		List<ProcessStep> changed = steps.stream()
			.map(step -> new ProcessStep(step.name(), step.role(), unitOf.apply(step.unitId()), step.share()))
			.toList();
		return new ProcedureContent(name, sectorCode, agencyCode, applicants, channels, onlineLevel, processingTime,
				agencyCommitment, sameDay, submissionPlace, conditions, documents, fees, resultType, electronicResult,
				legalBasis, changed);
	}
}
