package nl.veiligheidshuis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) for the mail tests: a free port, the application's mail settings pointing
 * at it, and the text of a received message.
 */
public final class TestMailServer {

	private TestMailServer() {
	}

	/** A GreenMail SMTP server on the port; register it with {@code @RegisterExtension}. */
	public static GreenMailExtension on(int port) {
		return new GreenMailExtension(ServerSetupTest.SMTP.port(port));
	}

	/** Points the application's mail at the server (call from a {@code @DynamicPropertySource} method). */
	public static void configure(DynamicPropertyRegistry properties, int port) {
		properties.add("spring.mail.host", () -> "localhost");
		properties.add("spring.mail.port", () -> port);
		properties.add("vh.mail.base-url", () -> "https://vh.example");
	}

	public static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
