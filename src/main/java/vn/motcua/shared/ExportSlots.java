package vn.motcua.shared;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds the exports this instance writes at once. An export reads its rows as it writes them, so it
 * holds a database connection for as long as the client takes to receive the file; without a bound, a
 * few slow downloads of a year's register would hold the connection pool and stall every other request.
 * Beyond the bound an export is refused at once, before anything is written, and the user tries again.
 */
@Component
public class ExportSlots {

	private final Semaphore slots;

	ExportSlots(@Value("${motcua.exports.at-once}") int atOnce) {
		this.slots = new Semaphore(atOnce);
	}

	/**
	 * Writes the export in a free slot.
	 *
	 * @throws ExportsBusyException when every slot is taken; nothing was written
	 */
	public void write(Export export) throws IOException {
		if (!slots.tryAcquire()) {
			throw new ExportsBusyException();
		}
		try {
			export.write();
		}
		finally {
			slots.release();
		}
	}

	/** An export that writes its file to the response. */
	@FunctionalInterface
	public interface Export {

		void write() throws IOException;
	}

	/** Every export slot is taken: the page answers 503 with Retry-After, and the user tries again. */
	public static class ExportsBusyException extends RuntimeException {

		ExportsBusyException() {
			super("Every export slot is taken");
		}
	}
}
