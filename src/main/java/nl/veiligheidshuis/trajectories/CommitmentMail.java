package nl.veiligheidshuis.trajectories;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.partners.ContactPoint;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.DateFormats;

/**
 * The e-mail notice of a commitment request, to the e-mail addresses of the owner partner's contact points
 * in the register, after the request is committed. It holds the partner's name, the planned start and the
 * link to the page where the request is answered: never client data (the page asks for a login and checks
 * need-to-know). Without {@code spring.mail.host} no mail sender exists and the log says no mail was sent;
 * a failing mail server is logged too and never undoes the request (inbox and "Mijn werk" have it).
 */
@Component
class CommitmentMail {

	private static final Logger log = LoggerFactory.getLogger(CommitmentMail.class);
	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final ObjectProvider<JavaMailSender> mail;
	private final PartnerOrganisations partners;
	private final MessageSource messages;
	private final DateFormats dates;
	private final String from;
	private final String baseUrl;

	CommitmentMail(ObjectProvider<JavaMailSender> mail, PartnerOrganisations partners, MessageSource messages,
			DateFormats dates, @Value("${vh.mail.from}") String from, @Value("${vh.mail.base-url}") String baseUrl) {
		this.mail = mail;
		this.partners = partners;
		this.messages = messages;
		this.dates = dates;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@ApplicationModuleListener
	void on(CommitmentRequested requested) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("No e-mail sent for the commitment request of intervention {}: spring.mail.host is not configured",
					requested.interventionId());
			return;
		}
		var details = partners.details(new PartnerOrganisationId(requested.ownerId())).orElse(null);
		List<String> to = details == null ? List.of()
				: details.contactPoints().stream().map(ContactPoint::email).filter(Objects::nonNull).map(String::strip)
					.filter(address -> !address.isEmpty()).distinct().toList();
		if (details == null || to.isEmpty()) {
			log.info("No e-mail sent for the commitment request of intervention {}: the partner has no e-mail address",
					requested.interventionId());
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to.toArray(String[]::new));
		message.setSubject(messages.getMessage("trajectory.mail.commitmentRequested.subject", null, DUTCH));
		message.setText(messages.getMessage("trajectory.mail.commitmentRequested.body", new Object[] {
				details.organisation().name(), dates.date(requested.plannedStart()),
				baseUrl + InterventionPlans.COMMITMENT_PAGE.formatted(requested.interventionId()) }, DUTCH));
		try {
			sender.send(message);
			log.info("E-mail notice sent for the commitment request of intervention {} to {} address(es)",
					requested.interventionId(), to.size());
		}
		catch (MailException failed) {
			log.warn("E-mail notice for the commitment request of intervention {} not sent: {}", requested.interventionId(),
					failed.getMessage());
		}
	}
}
