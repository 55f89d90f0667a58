package vn.motcua.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Fixtures: the model of a receipt slip (Mẫu số 01), full of Vietnamese diacritics, and PDFs rendered from it. */
final class DossierSlips {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	static final String STATUS_URL = "https://motcua.example.vn/tra-cuu/000.00.31.H55-251122-0001";

	private DossierSlips() {
	}

	static Map<String, Object> aReceiptSlipModel() {
		Map<String, Object> model = new HashMap<>();
		model.put("parentName", "Ủy ban nhân dân tỉnh Khánh Hòa");
		model.put("unitName", "Sở Công Thương");
		model.put("place", "Khánh Hòa");
		model.put("issuedOn", LocalDate.of(2025, 11, 22));
		model.put("dossierCode", "000.00.31.H55-251122-0001");
		model.put("applicantName", "Nguyễn Thị Hạnh");
		model.put("address", "Thôn Đồng Ứng, xã Ỷ La, tỉnh Khánh Hòa");
		model.put("phone", "0905 123 456");
		model.put("email", null);
		model.put("idNumber", "051090000001");
		model.put("request", "Cấp Giấy chứng nhận đủ điều kiện kinh doanh xăng dầu (lần đầu, những cửa hàng)");
		model.put("documents", List.of(
				Map.of("name", "Đơn đề nghị cấp giấy chứng nhận", "originals", 1, "certifiedCopies", 0, "photocopies", 0),
				Map.of("name", "Bản sao Giấy chứng nhận đăng ký doanh nghiệp", "originals", 0, "certifiedCopies", 1,
						"photocopies", 0)));
		model.put("sets", 1);
		model.put("processingTime", "15 ngày làm việc");
		model.put("receivedAt", LocalDateTime.of(2025, 11, 22, 9, 5));
		model.put("appointmentAt", LocalDateTime.of(2025, 12, 12, 14, 0));
		model.put("returnPlace", "Bộ phận Một cửa, Trung tâm Phục vụ hành chính công tỉnh");
		model.put("logBook", "01");
		model.put("logNumber", "125");
		model.put("receiverName", "Trần Văn Ứng");
		model.put("statusUrl", STATUS_URL);
		return model;
	}

	static byte[] aReceiptSlip(PdfRenderer renderer) {
		return renderer.render("pdf/receipt-slip", aReceiptSlipModel(), VIETNAMESE);
	}
}
