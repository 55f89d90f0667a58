package vn.motcua.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Small files for upload tests: real documents, and things that only pretend to be documents. */
public final class TestFiles {

	private TestFiles() {
	}

	/** A minimal Word document (a ZIP with the parts Word needs), the text made unique by the caller. */
	public static byte[] docx(String text) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
					+ ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application"
					+ "/vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType="
					+ "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
			entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
					+ ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
					+ ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
					+ "</Relationships>");
			entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas"
					+ ".openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" + text
					+ "</w:t></w:r></w:p></w:body></w:document>");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** A real PDF of one blank page, as a draft result: enough to be stamped and signed. */
	public static byte[] onePagePdf() {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A minimal PDF header and body, enough for its type to be recognised. */
	public static byte[] pdf(String text) {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** The start of a Windows executable, as if renamed to a document's name. */
	public static byte[] executable() {
		byte[] bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[60] = (byte) 0x80;
		byte[] pe = { 'P', 'E', 0, 0 };
		System.arraycopy(pe, 0, bytes, 0x80, pe.length);
		return bytes;
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
