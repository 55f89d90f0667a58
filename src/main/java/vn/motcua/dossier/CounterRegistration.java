package vn.motcua.dossier;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.motcua.catalog.Channel;

/**
 * A dossier the desk registers: handed in at the counter or arrived by post. The applicant is typed
 * in (and linked to their account when one has the same ID number); each document is counted.
 */
public record CounterRegistration(String procedureCode, Channel channel, Applicant applicant, int sets,
		List<PaperDocument> documents, ResultDelivery delivery, @Nullable String deliveryAddress) {

	public CounterRegistration {
		documents = List.copyOf(documents);
	}
}
