package nl.veiligheidshuis.identity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.veiligheidshuis.platform.DateFormats;

/**
 * The access review of the government information security baseline (BIO 9.2.5): once a year the
 * functional administrator and the partners check who has which roles and who has not logged in for a
 * long time. As a page and as CSV for the partners.
 */
@Controller
class AccessReviewController {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final UserAccounts accounts;
	private final MessageSource messages;
	private final DateFormats dates;
	private final Clock clock;

	AccessReviewController(UserAccounts accounts, MessageSource messages, DateFormats dates, Clock clock) {
		this.accounts = accounts;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
	}

	@GetMapping("/beheer/toegangsreview")
	String review(Model model) {
		List<UserAccounts.UserAccountSummary> all = accounts.list();
		model.addAttribute("accounts", all);
		model.addAttribute("staleSince", clock.instant().minus(java.time.Duration.ofDays(90)));
		return "identity/admin/access-review";
	}

	@GetMapping("/beheer/toegangsreview.csv")
	ResponseEntity<byte[]> csv() {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			csv.printRecord(text("account.username"), text("account.displayName"), text("account.organisation"),
					text("account.roles"), text("account.status"), text("account.totp"), text("account.lastLogin"));
			for (UserAccounts.UserAccountSummary account : accounts.list()) {
				csv.printRecord(account.username(), account.displayName(), account.organisationName(),
						account.roles().stream().map(role -> text("role." + role.name())).collect(Collectors.joining(", ")),
						text(!account.enabled() ? "account.status.disabled"
								: account.locked() ? "account.status.locked" : "account.status.active"),
						text(account.totpEnrolled() ? "account.totp.enrolled" : "account.totp.notEnrolled"),
						account.lastLoginAt() == null ? text("account.never") : dates.dateTime(account.lastLoginAt()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String filename = "toegangsreview-" + LocalDate.now(clock) + ".csv";
		// A byte-order mark so that spreadsheet programs read the file as UTF-8.
		byte[] body = ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	private String text(String key) {
		return messages.getMessage(key, null, DUTCH);
	}
}
