package vn.motcua.notification;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The SMS provider's HTTP gateway, under the contract of docs/sms-gateway.md: a JSON POST with a
 * bearer token; 2xx is accepted, 4xx (but 408 and 429) refuses the message for good, anything else
 * (5xx, 408, 429, no answer) is temporary.
 */
class HttpSmsGateway implements SmsGateway {

	private final RestClient client;

	HttpSmsGateway(URI url, String token, java.time.Duration timeout) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(timeout);
		requests.setReadTimeout(timeout);
		this.client = RestClient.builder().requestFactory(requests).baseUrl(url.toString())
			.defaultHeader("Authorization", "Bearer " + token).build();
	}

	@Override
	public void send(OutgoingMessage message, String text) throws DeliveryException {
		try {
			client.post().contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("to", message.recipient(), "text", text, "reference", message.id().toString()))
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientResponseException e) {
			throw new DeliveryException("SMS gateway answered " + e.getStatusCode().value(), permanent(e.getStatusCode()), e);
		}
		catch (ResourceAccessException e) {
			throw new DeliveryException("SMS gateway unreachable: " + e.getMessage(), false, e);
		}
		catch (RestClientException e) {
			throw new DeliveryException("SMS gateway: " + e.getMessage(), false, e);
		}
	}

	private static boolean permanent(HttpStatusCode status) {
		return status.is4xxClientError() && status.value() != 408 && status.value() != 429;
	}
}
