import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page weight of a first visit, as a browser with an empty cache would load it: the page and every
 * stylesheet, script, image and icon it links, each fetched with gzip accepted, counting the bytes
 * on the wire (compressed bodies, headers not counted). Also lists any third-party request (a URL
 * on another host). Run: java bench/http/PageWeight.java BASE_URL PATH...
 */
public class PageWeight {

	static final Pattern LINKED = Pattern.compile(
			"<(?:link|script|img|source)\\b[^>]*?\\b(?:href|src)\\s*=\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
	static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		for (int i = 1; i < args.length; i++) {
			URI page = base.resolve(args[i]);
			Set<URI> fetched = new LinkedHashSet<>();
			Set<String> thirdParty = new LinkedHashSet<>();
			long[] bytes = { 0 };
			load(client, base, page, fetched, thirdParty, bytes);
			System.out.printf("%-55s %7.1f KB transferred (gzip), %2d requests, third-party: %s%n", "page weight " + args[i],
					bytes[0] / 1024.0, fetched.size(), thirdParty.isEmpty() ? "none" : String.join(" ", thirdParty));
		}
	}

	static void load(HttpClient client, URI base, URI uri, Set<URI> fetched, Set<String> thirdParty, long[] bytes)
			throws Exception {
		if (!uri.getHost().equals(base.getHost()) || uri.getPort() != base.getPort()) {
			thirdParty.add(uri.toString());
			return;
		}
		URI plain = new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), uri.getQuery(), null);
		if (!fetched.add(plain)) {
			return;
		}
		HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(plain).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		bytes[0] += response.body().length;
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (!type.startsWith("text/html") && !type.startsWith("text/css")) {
			return;
		}
		byte[] body = response.body();
		if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
			body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
		}
		String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
		Matcher links = (type.startsWith("text/html") ? LINKED : CSS_URL).matcher(text);
		while (links.find()) {
			String link = links.group(1).replace("&amp;", "&");
			if (link.startsWith("data:") || link.startsWith("#")) {
				continue;
			}
			load(client, base, plain.resolve(link), fetched, thirdParty, bytes);
		}
	}
}
