package vn.motcua.catalog;

import java.util.UUID;

/** A procedure in a list: the version in force, its name, sector and online level. */
public record ProcedureSummary(String code, UUID versionId, int versionNumber, String name, String sectorCode,
		OnlineLevel onlineLevel) {
}
