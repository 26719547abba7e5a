package nl.veiligheidshuis.agenda;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.veiligheidshuis.partners.ContactPoint;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.DateFormats;

/**
 * Invitations, changes and cancellations of a case conference by e-mail, to the contact addresses of every
 * invited partner and to the external invitees, after the commit. The mail holds the date, the time, the room
 * and a link: never client data or the subjects of the items (the page asks for a login and checks
 * need-to-know per item), and the event as an iCalendar attachment ("Casusoverleg", time, room). Without {@code spring.mail.host} no mail is sent and the log says so.
 */
@Component
class ConferenceMail {

	private static final Logger log = LoggerFactory.getLogger(ConferenceMail.class);
	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final ObjectProvider<JavaMailSender> mail;
	private final CaseConferences conferences;
	private final PartnerOrganisations partners;
	private final MessageSource messages;
	private final DateFormats dates;
	private final String from;
	private final String baseUrl;
	private final JdbcClient jdbc;
	private final Clock clock;

	ConferenceMail(ObjectProvider<JavaMailSender> mail, CaseConferences conferences, PartnerOrganisations partners,
			MessageSource messages, DateFormats dates, @Value("${vh.mail.from}") String from,
			@Value("${vh.mail.base-url}") String baseUrl, JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.mail = mail;
		this.conferences = conferences;
		this.partners = partners;
		this.messages = messages;
		this.dates = dates;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@ApplicationModuleListener
	void on(ConferenceNotice notice) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("No e-mail sent for conference {} ({}): spring.mail.host is not configured", notice.conferenceId(),
					notice.kind());
			return;
		}
		CaseConferences.Recipients recipients = conferences.recipients(notice.conferenceId());
		List<String> to = new ArrayList<>();
		for (UUID partner : recipients.partnerIds()) {
			partners.details(new PartnerOrganisationId(partner)).ifPresent(details -> details.contactPoints().stream()
				.map(ContactPoint::email).filter(Objects::nonNull).map(String::strip).filter(a -> !a.isEmpty())
				.forEach(to::add));
		}
		to.addAll(recipients.externalAddresses());
		List<String> addresses = to.stream().distinct().toList();
		if (addresses.isEmpty()) {
			log.info("No e-mail sent for conference {} ({}): no invitee has an e-mail address", notice.conferenceId(),
					notice.kind());
			return;
		}
		CaseConferences.Row conference = recipients.conference();
		String key = "agenda.mail." + notice.kind().name();
		int sequence = jdbc.sql("SELECT sequence FROM agenda_case_conference WHERE id = :id")
			.param("id", conference.id()).query(Integer.class).single();
		String calendar = ICalendar.notice(new ICalendar.Event(conference.id().toString(), conference.startsAt(),
				conference.endsAt(), AgendaWeekPages.SUMMARY, conference.roomName()), sequence,
				notice.kind() == ConferenceNotice.Kind.CANCELLATION, from, OffsetDateTime.now(clock));
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper mime = new MimeMessageHelper(message, true, "UTF-8");
			mime.setFrom(from);
			// Blind copies: invitees of one item do not learn who else is invited to other items.
			mime.setBcc(addresses.toArray(String[]::new));
			mime.setSubject(messages.getMessage(key + ".subject", new Object[] { dates.dateTime(conference.startsAt()) },
					DUTCH));
			mime.setText(messages.getMessage(key + ".body", new Object[] { dates.dateTime(conference.startsAt()),
					dates.dateTime(conference.endsAt()), conference.roomName(),
					baseUrl + CaseConferences.PAGE + conference.id() }, DUTCH));
			// The event for the invitee's calendar: "Casusoverleg", time and room, as in the feed.
			mime.addAttachment("casusoverleg.ics",
					new ByteArrayResource(calendar.getBytes(StandardCharsets.UTF_8)),
					"text/calendar; charset=UTF-8; method=PUBLISH");
			sender.send(message);
			log.info("E-mail {} of conference {} sent to {} address(es)", notice.kind(), notice.conferenceId(),
					addresses.size());
		}
		catch (MessagingException failed) {
			log.warn("E-mail {} of conference {} not composed: {}", notice.kind(), notice.conferenceId(),
					failed.getMessage());
		}
		catch (MailException failed) {
			log.warn("E-mail {} of conference {} not sent: {}", notice.kind(), notice.conferenceId(), failed.getMessage());
		}
	}

	/**
	 * The outcome of an item for its external invitees, when the chair decided to send it: one message per
	 * address (no invitee learns another's), the outcome's text and the conference's date. The decision was
	 * audited when the outcome was published.
	 */
	@ApplicationModuleListener
	void on(ConferenceNotice.OutcomeForExternals outcome) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("No outcome e-mail sent for conference {}: spring.mail.host is not configured", outcome.conferenceId());
			return;
		}
		CaseConferences.ExternalOutcome external = conferences.externalOutcome(outcome.conferenceId(), outcome.itemId(),
				outcome.version());
		String when = dates.dateTime(external.conference().startsAt());
		for (String address : external.addresses()) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(address);
			message.setSubject(messages.getMessage("agenda.mail.OUTCOME.subject", new Object[] { when }, DUTCH));
			message.setText(messages.getMessage("agenda.mail.OUTCOME.body", new Object[] { when, external.text() }, DUTCH));
			try {
				sender.send(message);
			}
			catch (MailException failed) {
				log.warn("Outcome e-mail of conference {} not sent: {}", outcome.conferenceId(), failed.getMessage());
			}
		}
		log.info("Outcome of an item of conference {} sent to {} external invitee(s)", outcome.conferenceId(),
				external.addresses().size());
	}
}
