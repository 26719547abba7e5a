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

	/** The plain text of a message: its body, or the text/plain parts of a multipart message. */
	public static String text(MimeMessage message) {
		return parts(message, "text/plain");
	}

	/** The parts of a message of one content type (e.g. {@code text/calendar}), concatenated; empty if none. */
	public static String parts(MimeMessage message, String contentType) {
		try {
			return parts((jakarta.mail.Part) message, contentType);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String parts(jakarta.mail.Part part, String contentType) throws Exception {
		Object content = part.getContent();
		if (content instanceof jakarta.mail.Multipart multipart) {
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				out.append(parts(multipart.getBodyPart(i), contentType));
			}
			return out.toString();
		}
		if (!part.isMimeType(contentType)) {
			return "";
		}
		if (content instanceof java.io.InputStream stream) {
			return new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		return content.toString();
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
