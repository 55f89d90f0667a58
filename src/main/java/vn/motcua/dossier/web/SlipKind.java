package vn.motcua.dossier.web;

import java.util.function.BiFunction;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierSlips;
import vn.motcua.shared.NotFoundException;

/** The slips a dossier may have, by the name their address carries. */
enum SlipKind {

	RECEIPT("receipt", "giay-tiep-nhan", DossierSlips::receipt),
	SUPPLEMENT_REQUEST("supplement-request", "phieu-yeu-cau-bo-sung", DossierSlips::supplementRequest),
	REFUSAL("refusal", "phieu-tu-choi", DossierSlips::refusal),
	TRACKING("tracking", "phieu-kiem-soat", DossierSlips::tracking),
	APOLOGY("apology", "phieu-xin-loi", DossierSlips::apology),
	REFUSAL_NOTICE("refusal-notice", "thong-bao-tu-choi", DossierSlips::refusalNotice),
	STOP_NOTICE("stop-notice", "thong-bao-dung-giai-quyet", DossierSlips::stopNotice);

	private final String path;
	private final String fileName;
	private final BiFunction<DossierSlips, Dossier, byte[]> renderer;

	SlipKind(String path, String fileName, BiFunction<DossierSlips, Dossier, byte[]> renderer) {
		this.path = path;
		this.fileName = fileName;
		this.renderer = renderer;
	}

	static SlipKind of(String path) {
		for (SlipKind kind : values()) {
			if (kind.path.equals(path)) {
				return kind;
			}
		}
		throw new NotFoundException("dossier.document.not-found");
	}

	org.springframework.http.ResponseEntity<byte[]> render(DossierSlips slips, Dossier dossier) {
		return PdfResponses.inline(renderer.apply(slips, dossier), fileName + "-" + dossier.code() + ".pdf");
	}
}
