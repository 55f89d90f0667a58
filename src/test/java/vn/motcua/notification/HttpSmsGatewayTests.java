package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP SMS adapter against a gateway on a local port, under the contract of docs/sms-gateway.md. */
class HttpSmsGatewayTests {

	HttpServer server;
	final AtomicInteger answer = new AtomicInteger(200);
	final List<String> received = new CopyOnWriteArrayList<>();

	@BeforeEach
	void gateway() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/send", exchange -> {
			received.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
					+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(answer.get(), -1);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	HttpSmsGateway adapter() {
		return new HttpSmsGateway(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/send"), "t0ken",
				Duration.ofSeconds(5));
	}

	/** A message to 0905000001 as the worker takes it. */
	static OutgoingMessage toPhone() {
		return new OutgoingMessage(UUID.randomUUID(), Notice.DOSSIER_ACCEPTED, NotificationChannel.SMS, "0905000001",
				false, null, "x", 0);
	}

	@Test
	void aMessageIsPostedAsJsonWithTheBearerToken() throws Exception {
		OutgoingMessage message = toPhone();
		adapter().send(message, "Hồ sơ X đã được tiếp nhận");
		assertThat(received).singleElement().asString().startsWith("Bearer t0ken {")
			.contains("\"to\":\"0905000001\"", "\"text\":\"Hồ sơ X đã được tiếp nhận\"",
					"\"reference\":\"" + message.id() + "\"");
	}

	@Test
	void serverErrorsAndThrottlingAreTemporaryAndClientErrorsPermanent() {
		answer.set(503);
		assertThatThrownBy(() -> adapter().send(toPhone(), "x")).isInstanceOfSatisfying(DeliveryException.class,
				e -> assertThat(e.isPermanent()).isFalse());
		answer.set(429);
		assertThatThrownBy(() -> adapter().send(toPhone(), "x")).isInstanceOfSatisfying(DeliveryException.class,
				e -> assertThat(e.isPermanent()).isFalse());
		answer.set(400);
		assertThatThrownBy(() -> adapter().send(toPhone(), "x")).isInstanceOfSatisfying(DeliveryException.class,
				e -> assertThat(e.isPermanent()).isTrue());
	}

	@Test
	void anUnreachableGatewayIsATemporaryFailure() {
		HttpSmsGateway adapter = adapter();
		server.stop(0);
		assertThatThrownBy(() -> adapter.send(toPhone(), "x")).isInstanceOfSatisfying(DeliveryException.class,
				e -> assertThat(e.isPermanent()).isFalse());
	}
}
