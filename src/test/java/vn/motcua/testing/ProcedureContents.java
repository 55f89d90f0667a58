package vn.motcua.testing;

import java.util.List;

import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcessStep;

/** Variants of a procedure's content that tests announce: the same procedure decided by another agency, or done in other steps. */
public final class ProcedureContents {

	private ProcedureContents() {
	}

	/** The same content with these steps. */
	public static ProcedureContent withSteps(ProcedureContent content, List<ProcessStep> steps) {
		return of(content, content.agencyCode(), steps);
	}

	/** The same content, decided by the agency with that code, in these steps. */
	public static ProcedureContent of(ProcedureContent content, String agencyCode, List<ProcessStep> steps) {
		return new ProcedureContent(content.name(), content.sectorCode(), agencyCode, content.applicants(),
				content.channels(), content.onlineLevel(), content.processingTime(), content.agencyCommitment(),
				content.sameDay(), content.submissionPlace(), content.conditions(), content.documents(), content.fees(),
				content.resultType(), content.electronicResult(), content.legalBasis(), steps);
	}
}
