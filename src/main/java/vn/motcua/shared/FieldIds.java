package vn.motcua.shared;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.FieldUtils;

/**
 * The id th:field gives a form field's input when its page sets none, {@code ${@fieldIds.of(name)}}:
 * the name without its brackets (documents[0].name becomes documents0.name). The error summary's links
 * and the labels of indexed fields take it from here, Thymeleaf's own rule, so that they land on the
 * input rather than on an id that is not in the page.
 */
@Component("fieldIds")
public class FieldIds {

	public String of(String fieldName) {
		return FieldUtils.idFromName(fieldName);
	}
}
