package vn.motcua.catalog.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FormTemplate;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.RequiredDocument;

/**
 * Rows of the draft form to and from the catalogue's values. An empty count becomes 0; the form's
 * own checks make sure a step has a role and a fee an amount.
 */
final class DraftRows {

	private DraftRows() {
	}

	static DocumentRow row(RequiredDocument document) {
		DocumentRow row = new DocumentRow();
		row.setName(document.name());
		row.setOriginals(document.originals());
		row.setCertifiedCopies(document.certifiedCopies());
		row.setPhotocopies(document.photocopies());
		row.setMandatory(document.mandatory());
		row.setTemplateSha256(document.formTemplate() == null ? "" : document.formTemplate().sha256());
		return row;
	}

	static FeeRow row(Fee fee) {
		FeeRow row = new FeeRow();
		row.setName(fee.name());
		row.setAmount(fee.amount());
		return row;
	}

	static StepRow row(ProcessStep step) {
		StepRow row = new StepRow();
		row.setName(step.name());
		row.setRole(step.role());
		row.setUnitId(step.unitId());
		row.setShare(step.share());
		return row;
	}

	static RequiredDocument document(DocumentRow row, Map<String, FormTemplate> templates) {
		return new RequiredDocument(row.getName().trim(), orZero(row.getOriginals()), orZero(row.getCertifiedCopies()),
				orZero(row.getPhotocopies()), row.isMandatory(), templates.get(row.getTemplateSha256()));
	}

	static Fee fee(FeeRow row) {
		return new Fee(row.getName().trim(), Objects.requireNonNull(row.getAmount(), "amount"));
	}

	static ProcessStep step(StepRow row) {
		return new ProcessStep(row.getName().trim(), Objects.requireNonNull(row.getRole(), "role"), row.getUnitId(),
				row.getShare() == null ? BigDecimal.ZERO : row.getShare());
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}
}
