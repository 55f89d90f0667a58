package vn.motcua.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.ProcessingTimeUnit;
import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FormTemplate;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.identity.Role;

/**
 * The draft page's form: a procedure's content, with a few blank rows in each table so that rows
 * can be added without JavaScript. Blank rows are dropped; what is left goes through the catalogue's
 * own rules, which name every problem.
 */
public class DraftForm {

	static final int BLANK_ROWS = 3;

	@NotBlank(message = "{catalog.form.code.required}")
	@Size(max = 60, message = "{catalog.form.code.required}")
	private String code = "";

	@NotBlank(message = "{catalog.problem.name.required}")
	@Size(max = 500, message = "{catalog.form.text.too-long}")
	private String name = "";

	@NotBlank(message = "{catalog.form.sector.required}")
	private String sectorCode = "";

	@NotBlank(message = "{catalog.problem.agency.required}")
	@Size(max = 40, message = "{catalog.form.text.too-long}")
	private String agencyCode = "";

	private List<ApplicantKind> applicants = new ArrayList<>();

	private List<Channel> channels = new ArrayList<>();

	@NotNull(message = "{catalog.form.online.required}")
	private @Nullable OnlineLevel onlineLevel = OnlineLevel.NONE;

	@NotNull(message = "{catalog.form.time.required}")
	@Positive(message = "{catalog.problem.time.positive}")
	@Digits(integer = 4, fraction = 2, message = "{catalog.form.number.invalid}")
	private @Nullable BigDecimal processingAmount = null;

	@NotNull(message = "{catalog.form.unit.required}")
	private @Nullable ProcessingTimeUnit processingUnit = ProcessingTimeUnit.WORKING_DAYS;

	@Positive(message = "{catalog.problem.commitment.range}")
	@Digits(integer = 4, fraction = 2, message = "{catalog.form.number.invalid}")
	private @Nullable BigDecimal agencyCommitment = null;

	private boolean sameDay = false;

	@Size(max = 2000, message = "{catalog.form.text.too-long}")
	private String submissionPlace = "";

	@Size(max = 4000, message = "{catalog.form.text.too-long}")
	private String conditions = "";

	@Size(max = 500, message = "{catalog.form.text.too-long}")
	private String resultType = "";

	private boolean electronicResult = false;

	@Size(max = 4000, message = "{catalog.form.text.too-long}")
	private String legalBasis = "";

	private List<DocumentRow> documents = new ArrayList<>();

	private List<FeeRow> fees = new ArrayList<>();

	private List<StepRow> steps = new ArrayList<>();

	/** Every step that has a name or a share also has a role. */
	@AssertTrue(message = "{catalog.form.step.role.required}")
	public boolean isStepRolesGiven() {
		return steps.stream().allMatch(row -> row.isBlank() || row.getRole() != null);
	}

	/** Every fee that has a name also has an amount. */
	@AssertTrue(message = "{catalog.form.fee.amount.required}")
	public boolean isFeeAmountsGiven() {
		return fees.stream().allMatch(row -> row.isBlank() || row.getAmount() != null);
	}

	static DraftForm of(String code, ProcedureContent content) {
		DraftForm form = new DraftForm();
		form.code = code;
		form.name = content.name();
		form.sectorCode = content.sectorCode();
		form.agencyCode = content.agencyCode();
		form.applicants = new ArrayList<>(content.applicants());
		form.channels = new ArrayList<>(content.channels());
		form.onlineLevel = content.onlineLevel();
		form.processingAmount = content.processingTime().amount();
		form.processingUnit = content.processingTime().unit();
		form.agencyCommitment = content.agencyCommitment();
		form.sameDay = content.sameDay();
		form.submissionPlace = content.submissionPlace();
		form.conditions = content.conditions();
		form.resultType = content.resultType();
		form.electronicResult = content.electronicResult();
		form.legalBasis = content.legalBasis();
		content.documents().forEach(document -> form.documents.add(DraftRows.row(document)));
		content.fees().forEach(fee -> form.fees.add(DraftRows.row(fee)));
		content.steps().forEach(step -> form.steps.add(DraftRows.row(step)));
		return form.withBlankRows();
	}

	/** A few empty rows at the end of each table, for the administrator to fill in. */
	DraftForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			documents.add(new DocumentRow());
			fees.add(new FeeRow());
			steps.add(new StepRow());
		}
		return this;
	}

	/** The content, keeping the form templates the draft already has (looked up by hash, never trusted from the page). */
	ProcedureContent toContent(List<RequiredDocument> current) {
		Map<String, FormTemplate> templates = current.stream().map(RequiredDocument::formTemplate)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toMap(FormTemplate::sha256, Function.identity(), (a, b) -> a));
		List<RequiredDocument> documentList = documents.stream().filter(row -> !row.isBlank())
			.map(row -> DraftRows.document(row, templates)).toList();
		List<Fee> feeList = fees.stream().filter(row -> !row.isBlank()).map(DraftRows::fee).toList();
		List<ProcessStep> stepList = steps.stream().filter(row -> !row.isBlank()).map(DraftRows::step).toList();
		return new ProcedureContent(name.trim(), sectorCode, agencyCode.trim(), applicants, channels,
				onlineLevel == null ? OnlineLevel.NONE : onlineLevel,
				new ProcessingTime(processingAmount == null ? BigDecimal.ZERO : processingAmount,
						processingUnit == null ? ProcessingTimeUnit.WORKING_DAYS : processingUnit),
				agencyCommitment, sameDay, submissionPlace.trim(), conditions.trim(), documentList, feeList,
				resultType.trim(), electronicResult, legalBasis.trim(), stepList);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSectorCode() {
		return sectorCode;
	}

	public void setSectorCode(String sectorCode) {
		this.sectorCode = sectorCode;
	}

	public String getAgencyCode() {
		return agencyCode;
	}

	public void setAgencyCode(String agencyCode) {
		this.agencyCode = agencyCode;
	}

	public List<ApplicantKind> getApplicants() {
		return applicants;
	}

	public void setApplicants(List<ApplicantKind> applicants) {
		this.applicants = applicants;
	}

	public List<Channel> getChannels() {
		return channels;
	}

	public void setChannels(List<Channel> channels) {
		this.channels = channels;
	}

	public @Nullable OnlineLevel getOnlineLevel() {
		return onlineLevel;
	}

	public void setOnlineLevel(@Nullable OnlineLevel onlineLevel) {
		this.onlineLevel = onlineLevel;
	}

	public @Nullable BigDecimal getProcessingAmount() {
		return processingAmount;
	}

	public void setProcessingAmount(@Nullable BigDecimal processingAmount) {
		this.processingAmount = processingAmount;
	}

	public @Nullable ProcessingTimeUnit getProcessingUnit() {
		return processingUnit;
	}

	public void setProcessingUnit(@Nullable ProcessingTimeUnit processingUnit) {
		this.processingUnit = processingUnit;
	}

	public @Nullable BigDecimal getAgencyCommitment() {
		return agencyCommitment;
	}

	public void setAgencyCommitment(@Nullable BigDecimal agencyCommitment) {
		this.agencyCommitment = agencyCommitment;
	}

	public boolean isSameDay() {
		return sameDay;
	}

	public void setSameDay(boolean sameDay) {
		this.sameDay = sameDay;
	}

	public String getSubmissionPlace() {
		return submissionPlace;
	}

	public void setSubmissionPlace(String submissionPlace) {
		this.submissionPlace = submissionPlace;
	}

	public String getConditions() {
		return conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public String getResultType() {
		return resultType;
	}

	public void setResultType(String resultType) {
		this.resultType = resultType;
	}

	public boolean isElectronicResult() {
		return electronicResult;
	}

	public void setElectronicResult(boolean electronicResult) {
		this.electronicResult = electronicResult;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public List<DocumentRow> getDocuments() {
		return documents;
	}

	public void setDocuments(List<DocumentRow> documents) {
		this.documents = documents;
	}

	public List<FeeRow> getFees() {
		return fees;
	}

	public void setFees(List<FeeRow> fees) {
		this.fees = fees;
	}

	public List<StepRow> getSteps() {
		return steps;
	}

	public void setSteps(List<StepRow> steps) {
		this.steps = steps;
	}
}
