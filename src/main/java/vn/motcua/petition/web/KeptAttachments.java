package vn.motcua.petition.web;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.document.Attachment;
import vn.motcua.document.AttachmentStore;
import vn.motcua.shared.InvalidRequestException;

/**
 * The attachment of a public petition form that came back with an error, kept for its next sending
 * because a browser cannot fill a file input again. The form needs no sign-in, so the file is held by
 * the visitor's session, one at a time, under an unguessable token the form carries: another
 * session's token finds nothing. It is checked and stored as any attachment, and deleted when the
 * session ends or another file takes its place; it is not deleted once the petition is received, so
 * that the form sent twice still finds it and gets the first petition (decision 0017).
 */
@Component
class KeptAttachments implements HttpSessionListener {

	private static final String ATTRIBUTE = KeptAttachments.class.getName();

	private final AttachmentStore attachments;

	KeptAttachments(AttachmentStore attachments) {
		this.attachments = attachments;
	}

	/** The file a sending comes with: chosen now ({@code token} null) or kept from an earlier sending. */
	record Attached(String fileName, byte[] content, @Nullable String token) {
	}

	/** A kept file: its token on the form, its id in the store. */
	private record Kept(String token, String attachmentId, String fileName) implements Serializable {
	}

	/**
	 * The file chosen now, else the one kept under the form's token, else none.
	 *
	 * @throws InvalidRequestException when the token names no file of this session (it expired)
	 */
	@Nullable Attached attached(HttpSession session, @Nullable MultipartFile chosen, @Nullable String token) {
		byte[] content = PetitionApi.bytes(chosen);
		if (content != null) {
			return new Attached(String.valueOf(chosen.getOriginalFilename()), content, null);
		}
		if (token == null || token.isBlank()) {
			return null;
		}
		return kept(session).filter(kept -> kept.token().equals(token))
			.flatMap(kept -> attachments.read(kept.attachmentId()).map(bytes -> new Attached(kept.fileName(), bytes, token)))
			.orElseThrow(() -> new InvalidRequestException("petition.attachment.again"));
	}

	/**
	 * Keeps the file for the session in place of the one kept before, and returns its token.
	 *
	 * @throws InvalidRequestException when it is not an accepted file
	 */
	String keep(HttpSession session, Attached file) {
		if (file.token() != null) {
			return file.token();
		}
		Attachment stored = attachments.store(file.fileName(), file.content());
		discard(session);
		Kept kept = new Kept(UUID.randomUUID().toString(), stored.id(), stored.fileName());
		session.setAttribute(ATTRIBUTE, kept);
		return kept.token();
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		discard(event.getSession());
	}

	private void discard(HttpSession session) {
		kept(session).ifPresent(kept -> {
			session.removeAttribute(ATTRIBUTE);
			attachments.delete(kept.attachmentId());
		});
	}

	private static Optional<Kept> kept(HttpSession session) {
		return Optional.ofNullable((Kept) session.getAttribute(ATTRIBUTE));
	}
}
