package vn.motcua.petition;

import java.util.List;

/**
 * A petition that lacks what its kind requires (ND 20/2008: no anonymous feedback; Luật Tố cáo:
 * the denouncer's name, address and contact): it is not received, and the sender is told what is
 * missing.
 */
public class IncompletePetitionException extends RuntimeException {

	private final PetitionKind kind;
	private final List<PetitionKind.Field> missing;

	IncompletePetitionException(PetitionKind kind, List<PetitionKind.Field> missing) {
		super("Petition of kind " + kind + " lacks " + missing);
		this.kind = kind;
		this.missing = List.copyOf(missing);
	}

	public PetitionKind kind() {
		return kind;
	}

	public List<PetitionKind.Field> missing() {
		return missing;
	}
}
