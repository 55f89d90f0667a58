package vn.motcua.dossier;

import java.util.UUID;

/** The procedure version a dossier was submitted under, with the name the slips print. */
public record ProcedureReference(String code, UUID versionId, String name) {
}
