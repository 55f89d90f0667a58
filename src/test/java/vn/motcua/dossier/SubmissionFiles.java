package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small files of each kind, as an applicant's scanner or office suite would make them. */
final class SubmissionFiles {

	/** "Cấp thẻ Kiểm tra viên điện lực": offered online to citizens, four mandatory documents. */
	static final String ONLINE_PROCEDURE = "1.013043.000.00.00.H55";

	/** Offered at the desk and by post only. */
	static final String COUNTER_ONLY_PROCEDURE = "1.013078.000.00.00.H55";

	private SubmissionFiles() {
	}

	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0,
				1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };
	}

	/** A Windows executable, whatever name it is given. */
	static byte[] executable() {
		byte[] bytes = new byte[256];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3c] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	/** One good file for each of the four required documents of the online procedure. */
	static List<UploadedFile> allFour() {
		return List.of(new UploadedFile(0, "don-de-nghi.pdf", pdf()), new UploadedFile(1, "cccd.png", png()),
				new UploadedFile(2, "van-bang.pdf", pdf()), new UploadedFile(3, "anh-3x4.png", png()));
	}
}
