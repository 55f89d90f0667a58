import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load on a running MotCua over loopback: online submissions (multipart, one PDF, signed in
 * with a session like the web form) and then public status look-ups of the codes they got.
 * Bounded in time and in count. Run: java bench/http/HttpLoad.java BASE_URL USERS SECONDS
 */
public class HttpLoad {

	static final String PROCEDURE = "1.013393.000.00.00.H55";
	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.ISO_8859_1);
	static final int MAX_REQUESTS = 200_000;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int users = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		System.out.printf("load generator: %d virtual users, %d s per phase, %d cores, Java %s%n", users, seconds,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
		report("submission (POST /api/v1/dossiers)", run(users, seconds, () -> {
			Session session = Session.signIn(base, "051090000001", "Demo@12345");
			return () -> codes.add(session.submit());
		}));
		List<String> known = new ArrayList<>(codes);
		report("status look-up (GET /api/v1/dossiers/{code}/status)", run(users * 2, seconds, () -> {
			HttpClient client = HttpClient.newHttpClient();
			return () -> {
				String code = known.get((int) (Math.random() * known.size()));
				var response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers/" + code + "/status"))
					.build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() != 200) {
					throw new IllegalStateException("status look-up answered " + response.statusCode());
				}
				return null;
			};
		}));
	}

	interface Task {
		Object call() throws Exception;
	}

	interface TaskFactory {
		Task create() throws Exception;
	}

	record Result(List<Long> nanos, int errors, double seconds) {
	}

	static Result run(int threads, int seconds, TaskFactory factory) throws Exception {
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		int[] errors = new int[1];
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		for (int i = 0; i < threads; i++) {
			pool.submit(() -> {
				Task task = factory.create();
				while (System.nanoTime() < end && latencies.size() < MAX_REQUESTS) {
					long begin = System.nanoTime();
					try {
						task.call();
						latencies.add(System.nanoTime() - begin);
					}
					catch (Exception e) {
						synchronized (errors) {
							if (errors[0]++ == 0) {
								System.out.println("first error: " + e);
							}
						}
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
		return new Result(new ArrayList<>(latencies), errors[0], (System.nanoTime() - start) / 1e9);
	}

	static void report(String name, Result result) {
		List<Long> sorted = new ArrayList<>(result.nanos());
		Collections.sort(sorted);
		System.out.printf("%-55s %8.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%d ok, %d errors)%n", name,
				sorted.size() / result.seconds(), percentile(sorted, 50), percentile(sorted, 95),
				percentile(sorted, 99), sorted.size(), result.errors());
	}

	static double percentile(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
	}

	/** A signed-in browser-like session: its cookie and its CSRF token. */
	record Session(HttpClient client, String base, String csrf) {

		static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		static Session signIn(String base, String username, String password) throws Exception {
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
			String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			String form = "username=" + username + "&password=" + password + "&_csrf=" + token(login);
			client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
			String home = client.send(HttpRequest.newBuilder(URI.create(base + "/home")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			return new Session(client, base, token(home));
		}

		static String token(String page) {
			Matcher matcher = TOKEN.matcher(page);
			if (!matcher.find()) {
				throw new IllegalStateException("no CSRF token on the page: not signed in?");
			}
			return matcher.group(1);
		}

		String submit() throws Exception {
			String boundary = "----motcua" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			part(body, boundary, "dossier", null, "application/json", ("{\"procedureCode\":\"" + PROCEDURE
					+ "\",\"address\":\"Quảng Ngãi\",\"delivery\":\"ONLINE\"}").getBytes(StandardCharsets.UTF_8));
			part(body, boundary, "document-0", "don.pdf", "application/pdf", PDF);
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("X-CSRF-TOKEN", csrf)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201) {
				throw new IllegalStateException("submission answered " + response.statusCode() + ": " + response.body());
			}
			Matcher code = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(response.body());
			code.find();
			return code.group(1);
		}

		static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, String type,
				byte[] content) {
			String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
					+ (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + type
					+ "\r\n\r\n";
			body.writeBytes(header.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
	}
}
