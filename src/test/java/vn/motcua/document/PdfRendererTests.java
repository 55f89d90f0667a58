package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.document.DossierSlips.aReceiptSlip;
import static vn.motcua.document.DossierSlips.aReceiptSlipModel;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.testing.WebTest;

/** Official forms render to PDF with the national header, embedded fonts and Vietnamese that reads back exactly. */
@WebTest
class PdfRendererTests {

	@Autowired
	PdfRenderer renderer;

	@Test
	void vietnameseTextReadsBackExactly() throws IOException {
		byte[] pdf = aReceiptSlip(renderer);
		String text = text(pdf);

		assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Nguyễn Thị Hạnh", "Đồng", "Ứng", "Ỷ", "ữ",
				"Trần Văn Ứng", "000.00.31.H55-251122-0001");
		assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("precomposed letters, as typed").isTrue();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
		}
	}

	@Test
	void theNationalHeaderFormNumberAndSignatureBlocksAreThere() throws IOException {
		String text = text(aReceiptSlip(renderer));

		assertThat(text).containsSubsequence("Mẫu số 01", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc", "Khánh Hòa, ngày 22 tháng 11 năm 2025",
				"4. Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 22/11/2025", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ");
		assertThat(text).contains("SỞ CÔNG THƯƠNG", "1 Đơn đề nghị cấp giấy chứng nhận 1 0 0")
			.doesNotContain("null");
	}

	@Test
	void theFontIsLiberationSerifEmbedded() throws IOException {
		try (PDDocument document = Loader.loadPDF(aReceiptSlip(renderer))) {
			var resources = document.getPage(0).getResources();
			for (var name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				assertThat(font.getName()).contains("LiberationSerif");
				assertThat(font.isEmbedded()).isTrue();
			}
			assertThat(resources.getFontNames()).isNotEmpty();
		}
	}

	@Test
	void theSlipCarriesTheQrCodeImage() throws IOException {
		try (PDDocument document = Loader.loadPDF(aReceiptSlip(renderer))) {
			var resources = document.getPage(document.getNumberOfPages() - 1).getResources();
			long images = 0;
			for (var name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject image) {
					images++;
					assertThat(QrCodesTests.decode(image.getImage())).isEqualTo(DossierSlips.STATUS_URL);
				}
			}
			assertThat(images).isEqualTo(1);
		}
	}

	@Test
	void theEnglishRenderingHasTheEnglishLabels() throws IOException {
		String text = text(renderer.render("pdf/receipt-slip", aReceiptSlipModel(), Locale.ENGLISH));

		assertThat(text).contains("SOCIALIST REPUBLIC OF VIETNAM", "Form No. 01", "Nguyễn Thị Hạnh")
			.doesNotContain("Mẫu số 01");
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
