package vn.motcua.shared;

import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The answer to a request for a page of a work queue: 200, with a {@code Link} header (RFC 8288,
 * {@code rel="next"}) to the next page unless this is the last. The next page's address is the
 * current request's path with the list's own parameters and {@code after}, where the next page starts.
 */
public final class NextPageLink {

	private NextPageLink() {
	}

	/**
	 * @param next where the next page starts; null on the last page
	 * @param parameters adds the list's parameters (filter, size) to the next page's address
	 */
	public static ResponseEntity.BodyBuilder ok(@Nullable QueueCursor next,
			UnaryOperator<UriComponentsBuilder> parameters) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (next != null) {
			String address = parameters.apply(ServletUriComponentsBuilder.fromCurrentRequestUri())
				.queryParam("after", next.token())
				.encode()
				.build()
				.toUriString();
			response.header(HttpHeaders.LINK, "<" + address + ">; rel=\"next\"");
		}
		return response;
	}
}
