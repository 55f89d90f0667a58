package vn.motcua.petition.web;

import org.springframework.validation.BindingResult;

import vn.motcua.petition.IncompletePetitionException;
import vn.motcua.petition.PetitionKind;

/** Helpers shared by the petition pages. */
final class PetitionPages {

	private PetitionPages() {
	}

	/** Puts each missing part on its field, with the guidance of what the kind requires. */
	static void reject(IncompletePetitionException incomplete, BindingResult binding) {
		binding.reject("petition.incomplete." + incomplete.kind().name());
		for (PetitionKind.Field field : incomplete.missing()) {
			binding.rejectValue(PetitionForm.fieldName(field), "petition.missing." + field.name());
		}
	}
}
