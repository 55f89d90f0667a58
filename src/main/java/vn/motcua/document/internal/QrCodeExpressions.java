package vn.motcua.document.internal;

import vn.motcua.document.QrCodes;

/**
 * {@link QrCodes} for PDF templates, as the variable {@code qrCodes}: Thymeleaf forbids static
 * calls ({@code T(...)}) in attributes such as {@code th:src}, so templates call this instance.
 */
public final class QrCodeExpressions {

	public String dataUri(String text, int size) {
		return QrCodes.dataUri(text, size);
	}
}
