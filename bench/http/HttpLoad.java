import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load on a running MotCua over loopback: online submissions (multipart, one PDF, signed in
 * with a session like the web form), whole lifecycles (every officer in a session of their own),
 * then public status look-ups of the codes the submissions got.
 * Bounded in time and in count. Run: java bench/http/HttpLoad.java BASE_URL USERS SECONDS
 */
public class HttpLoad {

	static final String PROCEDURE = "1.013393.000.00.00.H55";
	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.ISO_8859_1);
	static final int MAX_REQUESTS = 200_000;

	/** Latencies of each request kind of the lifecycle phase, recorded only while {@link #recordKinds} is on. */
	static final Map<String, List<Long>> KINDS = new ConcurrentHashMap<>();
	static volatile boolean recordKinds;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int users = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		int clients = Integer.getInteger("clients", users * 2);
		// every client's connection stays open between its requests (the JDK keeps five by default)
		System.setProperty("http.maxConnections", String.valueOf(Math.max(clients, users * 6) + 8));
		// which phases to run, in this order: warmup (an unreported lifecycle phase, so that the JIT has compiled
		// the hot paths), submission, lifecycle, status (codes this run produced and codes of stored dossiers,
		// half and half: -Dstored-codes=FILE, one code a line, sampled from the database), catalog, queue, dashboard
		List<String> phases = List.of((args.length > 3 ? args[3] : "submission,lifecycle,status").split(","));
		String storedCodesFile = System.getProperty("stored-codes");
		List<String> stored = storedCodesFile == null ? List.of()
				: java.nio.file.Files.readAllLines(java.nio.file.Path.of(storedCodesFile)).stream()
					.map(String::strip).filter(code -> !code.isEmpty()).toList();
		int warmup = Integer.getInteger("warmup", 20);
		int warmupMax = Integer.getInteger("warmup-max", 600);
		double settled = Double.parseDouble(System.getProperty("warmup-jit-share", "0.1"));
		System.out.printf("load generator: %d virtual users (read paths: %d clients), %d s per phase, "
				+ "%d cores, Java %s, loopback%n", users, clients, seconds,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		if (phases.contains("warmup")) {
			warmUp("whole lifecycles", users, 0, warmup, warmupMax, settled, () -> Lifecycle.signIn(base)::run);
		}
		ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
		if (phases.contains("submission")) report("submission (POST /api/v1/dossiers)", measured(users, seconds, () -> {
			Session session = Session.signIn(base, "051090000001", "Demo@12345");
			return () -> codes.add(session.submit());
		}));
		if (phases.contains("lifecycle")) {
			KINDS.clear();
			recordKinds = true;
			report("whole lifecycle (12 requests: submit to return and look-up)", measured(users, seconds, () -> {
				Lifecycle lifecycle = Lifecycle.signIn(base);
				return () -> codes.add((String) lifecycle.run());
			}));
			recordKinds = false;
			KINDS.forEach((kind, nanos) -> report("  " + kind, new Result(nanos, 0, Double.NaN)));
		}
		// each read path is warmed before it is measured, as the lifecycles are: the lifecycles' warm-up leaves the
		// catalogue, the officer queue and the dashboard to the interpreter and C1, and the queue's figure of
		// one run depended on how far C2 had got with it in its first seconds (bench/README.md, twenty-second session)
		ReadPhases reads = new ReadPhases(seconds, Integer.getInteger("read-warmup", 5),
				Integer.getInteger("read-warmup-max", 60), settled);
		List<String> known = new ArrayList<>(codes);
		TaskFactory lookUps = () -> {
			Http client = new Http(base);
			return () -> {
				List<String> from = known.isEmpty() || (!stored.isEmpty() && Math.random() < 0.5) ? stored : known;
				String code = from.get((int) (Math.random() * from.size()));
				return client.get("/api/v1/dossiers/" + code + "/status").expect(200);
			};
		};
		boolean anyCode = !known.isEmpty() || !stored.isEmpty();
		if (phases.contains("status") && anyCode) {
			reads.run("status look-up (GET /api/v1/dossiers/{code}/status)", clients, 0, lookUps);
		}
		// the same clients as people use it: each looks a status up once every pace-ms milliseconds instead
		// of again as soon as it is answered
		if (phases.contains("status-paced") && anyCode) {
			long paceMillis = Long.getLong("pace-ms", 1000);
			reads.run(String.format("status look-up, paced: each client once every %d ms", paceMillis), clients,
					TimeUnit.MILLISECONDS.toNanos(paceMillis), lookUps);
		}
		if (phases.contains("catalog")) reads.run("catalogue search (GET /api/v1/procedures?query=)", clients, 0, () -> {
			Http client = new Http(base);
			return () -> client.get("/api/v1/procedures?query="
					+ java.net.URLEncoder.encode(QUERIES[(int) (Math.random() * QUERIES.length)], StandardCharsets.UTF_8))
				.expect(200);
		});
		// each round signs the same officers in, user i as the i-th of OFFICERS: their queues differ (after the
		// load only the specialist's holds a page of work), and a random officer for each user made the phase's
		// mix, and its figure, differ from run to run (466 to 1,874 a second; bench/README.md, 37th session)
		java.util.concurrent.atomic.AtomicInteger signedIn = new java.util.concurrent.atomic.AtomicInteger();
		if (phases.contains("queue")) reads.run("officer queue (GET /api/v1/work/queue)", users, 0, () -> {
			String officer = OFFICERS[signedIn.getAndIncrement() % users % OFFICERS.length];
			Session session = Session.signIn(base, officer, "Demo@12345");
			return () -> session.http().get("/api/v1/work/queue").expect(200);
		});
		if (phases.contains("dashboard")) {
			String path = System.getProperty("dashboard", "/transparency");
			if (new Http(base).get(path).status() == 200) {
				reads.run("public dashboard (GET " + path + ")", clients, 0, () -> {
					Http client = new Http(base);
					return () -> client.get(path).expect(200);
				});
			}
			else {
				System.out.printf("%-55s not available (GET %s is not 200)%n", "public dashboard", path);
			}
		}
	}

	/**
	 * The read phases: each first warmed (unreported rounds of round seconds, the same clients at the same
	 * pace, until the JIT has settled or max seconds have passed), then measured and reported.
	 */
	record ReadPhases(int seconds, int round, int max, double settled) {

		void run(String name, int threads, long paceNanos, TaskFactory factory) throws Exception {
			warmUp(name, threads, paceNanos, round, max, settled, factory);
			report(name, measured(threads, seconds, paceNanos, factory));
		}
	}

	/**
	 * Unreported rounds of a phase's calls until the system's JIT compilers have settled: a round ends
	 * the warm-up when they used less than the settled share of one core in it (HotSpot's compiler
	 * threads, read from /proc with {@code -Dsystem-pid}), or when max seconds have passed. On two
	 * cores the C2 compiler is still busy for minutes after the first lifecycles, taking a quarter of a
	 * core from the requests, so a phase measured after a fixed 20 s shows the warm-up, not the system
	 * as it runs for days. Without a system pid: one round.
	 */
	static void warmUp(String what, int threads, long paceNanos, int round, int max, double settled,
			TaskFactory factory) throws Exception {
		int elapsed = 0;
		int rounds = 0;
		double share;
		do {
			double before = Cpu.compilers();
			run(threads, round, paceNanos, factory);
			elapsed += round;
			rounds++;
			share = (Cpu.compilers() - before) / round;
		}
		while (Cpu.SYSTEM_PID >= 0 && share >= settled && elapsed + round <= max);
		System.out.printf("warm-up (not reported): %d s of %s in %d rounds of %d s; the system's JIT compilers "
				+ "used %s of a core in the last (settled under %.0f %%, at most %d s)%n", elapsed, what, rounds, round,
				Double.isNaN(share) ? "an unknown share" : String.format("%.0f %%", 100 * share), 100 * settled, max);
	}

	static final String[] QUERIES = { "giấy phép", "dang ky kinh doanh", "ban le ruou", "xang dau", "an toan thuc pham",
			"cap lai giay chung nhan", "hộ tịch", "x" };
	static final String[] OFFICERS = { "desk", "unithead", "specialist", "leader", "records" };

	/** Runs the call, recording its latency under the kind while the lifecycle phase is measured. */
	static <T> T timed(String kind, Task call) throws Exception {
		long begin = System.nanoTime();
		@SuppressWarnings("unchecked")
		T result = (T) call.call();
		if (recordKinds) {
			KINDS.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - begin);
		}
		return result;
	}

	interface Task {
		Object call() throws Exception;
	}

	interface TaskFactory {
		Task create() throws Exception;
	}

	record Result(List<Long> nanos, int errors, double seconds, Cpu cpu) {

		Result(List<Long> nanos, int errors, double seconds) {
			this(nanos, errors, seconds, null);
		}
	}

	/**
	 * CPU seconds used by the system under test ({@code -Dsystem-pid}), PostgreSQL's processes and this
	 * load generator, read from /proc (Linux; null elsewhere): the three share the machine's cores, so
	 * a phase's figures say little without where the CPU went. PostgreSQL's are kept per process
	 * ({@code postgresByPid}), because a process that ends within a phase takes its CPU time out of
	 * /proc with it: summed as a whole, PostgreSQL's CPU of a 10 million run's phase came out negative
	 * (most likely a process of the VACUUM run before the phase; reproduced with a query's backend
	 * that ends within the phase, bench/README.md, eighteenth session).
	 */
	record Cpu(double system, double postgres, double generator, Map<String, Double> postgresByPid) {

		static final long SYSTEM_PID = Long.getLong("system-pid", -1);
		static final double TICKS_PER_SECOND = Integer.getInteger("clock-ticks", 100);

		static Cpu now() {
			java.io.File[] processes = new java.io.File("/proc").listFiles(
					(dir, name) -> !name.isEmpty() && name.chars().allMatch(Character::isDigit));
			if (processes == null) {
				return null;
			}
			Map<String, Double> postgres = new java.util.HashMap<>();
			for (java.io.File process : processes) {
				if (read(process, "comm").startsWith("postgres")) {
					postgres.put(process.getName(), seconds(process));
				}
			}
			return new Cpu(SYSTEM_PID < 0 ? Double.NaN : seconds(new java.io.File("/proc/" + SYSTEM_PID)),
					postgres.values().stream().mapToDouble(Double::doubleValue).sum(),
					seconds(new java.io.File("/proc/self")), postgres);
		}

		/**
		 * CPU seconds of the system's JIT compiler threads (HotSpot names them "C1/C2 CompilerThread");
		 * NaN without its pid or off Linux.
		 */
		static double compilers() {
			java.io.File[] threads = SYSTEM_PID < 0 ? null : new java.io.File("/proc/" + SYSTEM_PID + "/task").listFiles();
			if (threads == null) {
				return Double.NaN;
			}
			double used = 0;
			for (java.io.File thread : threads) {
				String name = read(thread, "comm");
				if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
					used += seconds(thread);
				}
			}
			return used;
		}

		/**
		 * The CPU used since the start. PostgreSQL's: what each process running now used since the start
		 * (all of it for one started since); a process that ended in between is left out, its last CPU
		 * time being gone from /proc (an undercount of what it used in between, instead of subtracting all
		 * it had used before).
		 */
		Cpu since(Cpu start) {
			double postgresSince = 0;
			for (Map.Entry<String, Double> process : postgresByPid.entrySet()) {
				double used = process.getValue() - start.postgresByPid.getOrDefault(process.getKey(), 0.0);
				// less than at the start: another process under a reused pid, all of whose time is since
				postgresSince += used >= 0 ? used : process.getValue();
			}
			return new Cpu(system - start.system, postgresSince, generator - start.generator, Map.of());
		}

		/** User and system time of a process: fields 14 and 15 of its stat line, counted after the command's ")". */
		private static double seconds(java.io.File process) {
			String stat = read(process, "stat");
			int end = stat.lastIndexOf(')');
			if (end < 0) {
				return 0;
			}
			String[] fields = stat.substring(end + 2).split(" ");
			return fields.length < 13 ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
		}

		private static String read(java.io.File process, String file) {
			try {
				return java.nio.file.Files.readString(new java.io.File(process, file).toPath());
			}
			catch (java.io.IOException | RuntimeException gone) {
				return "";
			}
		}
	}

	static Result measured(int threads, int seconds, TaskFactory factory) throws Exception {
		return measured(threads, seconds, 0, factory);
	}

	/**
	 * A measured phase: first the command of -Dbefore-phase, if any (bench/run-all vacuums the database
	 * there when the server's autovacuum is off, as a production server's autovacuum would have done,
	 * and checkpoints it), outside the phase's clock and CPU figures; then the phase.
	 */
	static Result measured(int threads, int seconds, long paceNanos, TaskFactory factory) throws Exception {
		String command = System.getProperty("before-phase");
		if (command != null && !command.isBlank()) {
			int exit = new ProcessBuilder("sh", "-c", command).inheritIO().start().waitFor();
			if (exit != 0) {
				throw new IllegalStateException("before-phase command failed (" + exit + "): " + command);
			}
		}
		return run(threads, seconds, paceNanos, factory);
	}

	/**
	 * Each thread calls its task for the given seconds: again as soon as it is answered (a closed loop)
	 * when paceNanos is 0, otherwise once every paceNanos, starting at a random point of the first
	 * interval. A paced call's latency counts from the moment it was due, not from when it could be sent,
	 * so a late answer delaying the next call is counted in full (no coordinated omission).
	 */
	static Result run(int threads, int seconds, long paceNanos, TaskFactory factory) throws Exception {
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		int[] errors = new int[1];
		// the clock starts when every virtual user has signed in (sign-ins hash passwords: not the load measured)
		java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(threads);
		java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
		long[] window = new long[2];
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (int i = 0; i < threads; i++) {
			pool.submit(() -> {
				Task task;
				try {
					task = factory.create();
				}
				finally {
					ready.countDown();
				}
				go.await();
				long end = window[1];
				long due = window[0] + (long) (Math.random() * paceNanos);
				while (System.nanoTime() < end && latencies.size() < MAX_REQUESTS) {
					long begin = System.nanoTime();
					if (paceNanos > 0) {
						if (due >= end) {
							break;
						}
						TimeUnit.NANOSECONDS.sleep(Math.max(0, due - begin));
						begin = due;
						due += paceNanos;
					}
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
		ready.await();
		Cpu before = Cpu.now();
		window[0] = System.nanoTime();
		window[1] = window[0] + TimeUnit.SECONDS.toNanos(seconds);
		go.countDown();
		pool.shutdown();
		pool.awaitTermination(seconds + 600, TimeUnit.SECONDS);
		Cpu after = Cpu.now();
		return new Result(new ArrayList<>(latencies), errors[0], (System.nanoTime() - window[0]) / 1e9,
				before == null || after == null ? null : after.since(before));
	}

	static void report(String name, Result result) {
		List<Long> sorted = new ArrayList<>(result.nanos());
		Collections.sort(sorted);
		// per second of what the row names: requests, or whole lifecycles
		String rate = Double.isNaN(result.seconds()) ? "       -    " : String.format("%8.1f /s", sorted.size() / result.seconds());
		System.out.printf("%-55s %s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%d ok, %d errors)%n", name,
				rate, percentile(sorted, 50), percentile(sorted, 95),
				percentile(sorted, 99), sorted.size(), result.errors());
		Cpu cpu = result.cpu();
		if (cpu != null && !sorted.isEmpty()) {
			double each = 1000.0 / sorted.size();
			double busy = (Double.isNaN(cpu.system()) ? 0 : cpu.system()) + cpu.postgres() + cpu.generator();
			System.out.printf("%-55s %s%.1f ms PostgreSQL, %.1f ms load generator; cores busy %.0f %%%n",
					"  CPU per " + (name.startsWith("whole lifecycle") ? "lifecycle" : "request"),
					Double.isNaN(cpu.system()) ? "" : String.format("%.1f ms system, ", cpu.system() * each),
					cpu.postgres() * each, cpu.generator() * each,
					100 * busy / (result.seconds() * Runtime.getRuntime().availableProcessors()));
		}
	}

	static double percentile(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
	}

	/**
	 * One virtual user playing every part of a dossier's life, each officer in a session of their own:
	 * submit, accept, forward through the steps, draft, sign and return the result, then look it up.
	 */
	record Lifecycle(String base, Session citizen, Session desk, Session unitHead, Session specialist,
			Session leader, Session records) {

		static Lifecycle signIn(String base) throws Exception {
			String password = "Demo@12345";
			return new Lifecycle(base, Session.signIn(base, "051090000001", password), Session.signIn(base, "desk", password),
					Session.signIn(base, "unithead", password), Session.signIn(base, "specialist", password),
					Session.signIn(base, "leader", password), Session.signIn(base, "records", password));
		}

		Object run() throws Exception {
			String code = timed("submit", citizen::submit);
			String work = "/api/v1/work/dossiers/" + code;
			timed("accept", () -> desk.post("/api/v1/desk/dossiers/" + code + "/acceptance", "{}"));
			timed("forward", () -> desk.post(work + "/forward", "{}"));
			timed("forward", () -> unitHead.post(work + "/forward", "{}"));
			timed("attach draft result", () -> specialist.upload(work + "/result", "file", "ket-qua.pdf", RESULT));
			timed("forward", () -> specialist.post(work + "/forward", "{}"));
			timed("forward", () -> unitHead.post(work + "/forward", "{}"));
			timed("sign (PAdES, RSA 3072)", () -> leader.post(work + "/signature", "{}"));
			timed("forward", () -> leader.post(work + "/forward", "{}"));
			timed("forward", () -> records.post(work + "/forward", "{}"));
			timed("return", () -> desk.post(work + "/return", "{\"reason\":\"Trả trực tuyến\"}"));
			Reply status = timed("status look-up", () -> desk.http().get("/api/v1/dossiers/" + code + "/status"));
			if (!status.body().contains("RETURNED")) {
				throw new IllegalStateException("not returned: " + status.body());
			}
			return code;
		}
	}

	/** A one-page PDF, the draft result the specialist attaches. */
	static final byte[] RESULT = onePage();

	static byte[] onePage() {
		String objects = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n";
		StringBuilder pdf = new StringBuilder(objects);
		int xref = pdf.length();
		int first = objects.indexOf("1 0 obj");
		int second = objects.indexOf("2 0 obj");
		int third = objects.indexOf("3 0 obj");
		pdf.append("xref\n0 4\n0000000000 65535 f \n")
			.append(String.format("%010d 00000 n \n%010d 00000 n \n%010d 00000 n \n", first, second, third))
			.append("trailer << /Size 4 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A signed-in browser-like session: its cookie (in its client) and its CSRF token. */
	record Session(Http http, String csrf) {

		static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		static Session signIn(String base, String username, String password) throws Exception {
			Http http = new Http(base);
			String login = http.get("/login").expect(200).body();
			String form = "username=" + username + "&password=" + password + "&_csrf=" + token(login);
			http.send("POST", "/login", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8),
					Map.of()).expect(302);
			return new Session(http, token(http.get("/home").expect(200).body()));
		}

		static String token(String page) {
			Matcher matcher = TOKEN.matcher(page);
			if (!matcher.find()) {
				throw new IllegalStateException("no CSRF token on the page: not signed in?");
			}
			return matcher.group(1);
		}

		Object post(String path, String json) throws Exception {
			return http.send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8),
					Map.of("X-CSRF-TOKEN", csrf)).expect(200);
		}

		Object upload(String path, String part, String fileName, byte[] content) throws Exception {
			String boundary = "----motcua" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			part(body, boundary, part, fileName, "application/pdf", content);
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return http.send("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(),
					Map.of("X-CSRF-TOKEN", csrf)).expect(200);
		}

		String submit() throws Exception {
			String boundary = "----motcua" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			part(body, boundary, "dossier", null, "application/json", ("{\"procedureCode\":\"" + PROCEDURE
					+ "\",\"address\":\"Quảng Ngãi\",\"delivery\":\"ONLINE\"}").getBytes(StandardCharsets.UTF_8));
			part(body, boundary, "document-0", "don.pdf", "application/pdf", PDF);
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			Reply response = http.send("POST", "/api/v1/dossiers", "multipart/form-data; boundary=" + boundary,
					body.toByteArray(), Map.of("X-CSRF-TOKEN", csrf, "Idempotency-Key", UUID.randomUUID().toString()))
				.expect(201);
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

	/** A response: its status and its body as text. */
	record Reply(int status, String body, String request) {

		Reply expect(int wanted) {
			if (status != wanted) {
				throw new IllegalStateException(request + " answered " + status + ": " + body);
			}
			return this;
		}
	}

	/**
	 * One client of the system: the JDK's HttpURLConnection, whose connections are kept alive and reused
	 * (http.maxConnections is raised in main), with the client's cookies carried by hand. Not
	 * java.net.http.HttpClient: its asynchronous machinery (a selector thread per client, a hand-over
	 * for every request) cost this generator 0.43-0.49 ms of CPU per status look-up against 0.11-0.15 ms
	 * with HttpURLConnection (bench/README.md, fifteenth session), CPU taken from the system and
	 * PostgreSQL on the same cores. Redirects are not followed: a sign-in answers 302.
	 */
	static final class Http {

		private final String base;
		private final Map<String, String> cookies = new ConcurrentHashMap<>();

		Http(String base) {
			this.base = base;
		}

		Reply get(String path) throws IOException {
			return send("GET", path, null, null, Map.of());
		}

		Reply send(String method, String path, String contentType, byte[] body, Map<String, String> headers)
				throws IOException {
			HttpURLConnection connection = (HttpURLConnection) new URL(base + path).openConnection();
			connection.setInstanceFollowRedirects(false);
			connection.setConnectTimeout(5_000);
			connection.setReadTimeout(120_000);
			connection.setRequestMethod(method);
			if (!cookies.isEmpty()) {
				connection.setRequestProperty("Cookie", String.join("; ", cookies.entrySet().stream()
					.map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
			}
			headers.forEach(connection::setRequestProperty);
			if (body != null) {
				connection.setDoOutput(true);
				connection.setRequestProperty("Content-Type", contentType);
				connection.setFixedLengthStreamingMode(body.length);
				try (OutputStream out = connection.getOutputStream()) {
					out.write(body);
				}
			}
			int status = connection.getResponseCode();
			List<String> set = connection.getHeaderFields().get("Set-Cookie");
			if (set != null) {
				set.forEach(this::keep);
			}
			// read to the end and closed: the connection goes back to the keep-alive cache
			InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
			String text = "";
			if (in != null) {
				try (in) {
					text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			return new Reply(status, text, method + " " + path);
		}

		private void keep(String setCookie) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				return;
			}
			String name = pair.substring(0, equals).strip();
			String value = pair.substring(equals + 1).strip();
			if (value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
				cookies.remove(name);
			}
			else {
				cookies.put(name, value);
			}
		}
	}
}
