package nl.veiligheidshuis.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import nl.veiligheidshuis.platform.DocumentId;
import nl.veiligheidshuis.platform.Documents;

/**
 * The partner organisations of the house, their contact points and their accession to the covenant: the
 * public API of the partners module. Every change publishes {@link PartnerRegisterChanged}.
 */
@Service
public class PartnerOrganisations {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final Documents documents;

	PartnerOrganisations(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, Documents documents) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.documents = documents;
	}

	@Transactional
	public PartnerOrganisationId register(String name, PartnerType type) {
		return register(name, type, Presence.REMOTE, null);
	}

	@Transactional
	public PartnerOrganisationId register(String name, PartnerType type, Presence presence, @Nullable LocalDate activeFrom) {
		PartnerOrganisationId id = PartnerOrganisationId.random();
		jdbc.sql("""
				INSERT INTO partners_organisation (id, name, type, presence, active_from, created_at)
				VALUES (:id, :name, :type, :presence, :from, :now)""")
			.param("id", id.value())
			.param("name", name)
			.param("type", type.name())
			.param("presence", presence.name())
			.param("from", activeFrom)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		events.publishEvent(new PartnerRegisterChanged("partner", id.value().toString(), true));
		return id;
	}

	/** Changes what the register says about a partner besides its name. */
	@Transactional
	public void update(PartnerOrganisationId id, PartnerType type, Presence presence, @Nullable LocalDate activeFrom,
			@Nullable LocalDate activeTo) {
		int changed = jdbc.sql("""
				UPDATE partners_organisation SET type = :type, presence = :presence, active_from = :from, active_to = :to
				WHERE id = :id""")
			.param("id", id.value())
			.param("type", type.name())
			.param("presence", presence.name())
			.param("from", activeFrom)
			.param("to", activeTo)
			.update();
		if (changed != 1) {
			throw new IllegalArgumentException("No such partner: " + id.value());
		}
		events.publishEvent(new PartnerRegisterChanged("partner", id.value().toString(), false));
	}

	@Transactional
	public void addContactPoint(PartnerOrganisationId id, ContactPoint contact) {
		UUID contactId = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners_contact_point (id, organisation_id, name, phone, email, subject)
				VALUES (:id, :organisation, :name, :phone, :email, :subject)""")
			.param("id", contactId)
			.param("organisation", id.value())
			.param("name", contact.name())
			.param("phone", contact.phone())
			.param("email", contact.email())
			.param("subject", contact.subject())
			.update();
		events.publishEvent(new PartnerRegisterChanged("contactPoint", contactId.toString(), true));
	}

	/** All partner organisations, by name. */
	@Transactional(readOnly = true)
	public List<PartnerOrganisation> all() {
		return jdbc.sql("SELECT id, name, type FROM partners_organisation ORDER BY name")
			.query((rs, rowNum) -> organisation(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<PartnerOrganisation> find(PartnerOrganisationId id) {
		return jdbc.sql("SELECT id, name, type FROM partners_organisation WHERE id = :id")
			.param("id", id.value())
			.query((rs, rowNum) -> organisation(rs))
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<String> nameOf(PartnerOrganisationId id) {
		return jdbc.sql("SELECT name FROM partners_organisation WHERE id = :id")
			.param("id", id.value())
			.query(String.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<PartnerOrganisationId> findByName(String name) {
		return jdbc.sql("SELECT id FROM partners_organisation WHERE name = :name")
			.param("name", name)
			.query(UUID.class)
			.optional()
			.map(PartnerOrganisationId::new);
	}

	/** Everything about every partner, by name. */
	@Transactional(readOnly = true)
	public List<PartnerDetails> allDetails() {
		return jdbc.sql("SELECT id, name, type, presence, active_from, active_to FROM partners_organisation ORDER BY name")
			.query((rs, rowNum) -> details(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<PartnerDetails> details(PartnerOrganisationId id) {
		return jdbc.sql("SELECT id, name, type, presence, active_from, active_to FROM partners_organisation WHERE id = :id")
			.param("id", id.value())
			.query((rs, rowNum) -> details(rs))
			.optional();
	}

	/**
	 * Whether the organisation is a party to the covenant on this date: it signed the covenant (from the
	 * signing date) or an accession declaration of it is effective, and the partner is active then.
	 */
	@Transactional(readOnly = true)
	public boolean partyOn(PartnerOrganisationId id, LocalDate date) {
		return details(id).map(partner -> partner.partyOn(date)).orElse(false);
	}

	/** The covenant of the house (the first one signed, if several are recorded). */
	@Transactional(readOnly = true)
	public Optional<Covenant> covenant() {
		return jdbc.sql("SELECT id, title, signed_on, place, summary, document_id FROM partners_covenant ORDER BY signed_on LIMIT 1")
			.query((rs, rowNum) -> new Covenant(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getObject("signed_on", LocalDate.class), rs.getString("place"), rs.getString("summary"),
					documentId(rs)))
			.optional();
	}

	@Transactional
	public UUID recordCovenant(String title, LocalDate signedOn, @Nullable String place, @Nullable String summary,
			@Nullable DocumentId document) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners_covenant (id, title, signed_on, place, summary, document_id)
				VALUES (:id, :title, :signedOn, :place, :summary, :document)""")
			.param("id", id)
			.param("title", title)
			.param("signedOn", signedOn)
			.param("place", place)
			.param("summary", summary)
			.param("document", document == null ? null : document.value())
			.update();
		events.publishEvent(new PartnerRegisterChanged("covenant", id.toString(), true));
		return id;
	}

	/** Records that the partner signed the covenant, through its representative: a party from the signing date. */
	@Transactional
	public void recordSignature(PartnerOrganisationId id, UUID covenant, String representative, LocalDate signedOn,
			String recordedBy) {
		insertAccession(id, covenant, AccessionKind.SIGNATORY, representative, null, signedOn, signedOn, null, recordedBy);
	}

	/**
	 * Records an accession declaration: approved by the steering group on {@code approvedOn}, signed on
	 * {@code signedOn}, effective from {@code effectiveFrom} (none yet: not effective).
	 */
	@Transactional
	public UUID recordDeclaration(PartnerOrganisationId id, UUID covenant, @Nullable String representative,
			LocalDate approvedOn, @Nullable LocalDate signedOn, @Nullable LocalDate effectiveFrom,
			@Nullable DocumentId declaration, String recordedBy) {
		if (effectiveFrom != null && effectiveFrom.isBefore(approvedOn)) {
			throw new IllegalArgumentException("An accession takes effect no earlier than its approval");
		}
		return insertAccession(id, covenant, AccessionKind.DECLARATION, representative, approvedOn, signedOn, effectiveFrom,
				declaration, recordedBy);
	}

	/**
	 * Records an accession declaration with its signed document, uploaded: the document and the accession
	 * are stored in one transaction, so a rejected upload or a failed record leaves nothing behind.
	 *
	 * @throws nl.veiligheidshuis.platform.DocumentRejected when the upload is not an acceptable PDF
	 */
	@Transactional
	public UUID recordDeclaration(PartnerOrganisationId id, @Nullable String representative, LocalDate approvedOn,
			@Nullable LocalDate signedOn, @Nullable LocalDate effectiveFrom, @Nullable MultipartFile declaration,
			String recordedBy) {
		UUID covenant = covenant().map(Covenant::id)
			.orElseThrow(() -> new IllegalStateException("No covenant recorded to accede to"));
		if (find(id).isEmpty()) {
			throw new IllegalArgumentException("No such partner: " + id.value());
		}
		DocumentId document = documents.store(declaration, recordedBy);
		return recordDeclaration(id, covenant, representative, approvedOn, signedOn, effectiveFrom, document, recordedBy);
	}

	private UUID insertAccession(PartnerOrganisationId organisation, UUID covenant, AccessionKind kind,
			@Nullable String representative, @Nullable LocalDate approvedOn, @Nullable LocalDate signedOn,
			@Nullable LocalDate effectiveFrom, @Nullable DocumentId document, String recordedBy) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners_accession (id, organisation_id, covenant_id, kind, representative, approved_on,
				  signed_on, effective_from, document_id, recorded_by, recorded_at)
				VALUES (:id, :organisation, :covenant, :kind, :representative, :approvedOn, :signedOn, :effectiveFrom,
				  :document, :by, :at)""")
			.param("id", id)
			.param("organisation", organisation.value())
			.param("covenant", covenant)
			.param("kind", kind.name())
			.param("representative", representative)
			.param("approvedOn", approvedOn)
			.param("signedOn", signedOn)
			.param("effectiveFrom", effectiveFrom)
			.param("document", document == null ? null : document.value())
			.param("by", recordedBy)
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		events.publishEvent(new PartnerRegisterChanged("accession", id.toString(), true));
		return id;
	}

	private PartnerDetails details(ResultSet rs) throws SQLException {
		PartnerOrganisation organisation = organisation(rs);
		return new PartnerDetails(organisation, Presence.valueOf(rs.getString("presence")),
				rs.getObject("active_from", LocalDate.class), rs.getObject("active_to", LocalDate.class),
				contactPoints(organisation.id()), accessions(organisation.id()));
	}

	private List<ContactPoint> contactPoints(PartnerOrganisationId id) {
		return jdbc.sql("SELECT name, phone, email, subject FROM partners_contact_point WHERE organisation_id = :id ORDER BY name")
			.param("id", id.value())
			.query((rs, rowNum) -> new ContactPoint(rs.getString("name"), rs.getString("phone"), rs.getString("email"),
					rs.getString("subject")))
			.list();
	}

	private List<Accession> accessions(PartnerOrganisationId id) {
		return jdbc.sql("""
				SELECT id, kind, representative, approved_on, signed_on, effective_from, document_id
				FROM partners_accession WHERE organisation_id = :id ORDER BY recorded_at""")
			.param("id", id.value())
			.query((rs, rowNum) -> new Accession(rs.getObject("id", UUID.class), AccessionKind.valueOf(rs.getString("kind")),
					rs.getString("representative"), rs.getObject("approved_on", LocalDate.class),
					rs.getObject("signed_on", LocalDate.class), rs.getObject("effective_from", LocalDate.class),
					documentId(rs)))
			.list();
	}

	private static @Nullable DocumentId documentId(ResultSet rs) throws SQLException {
		UUID document = rs.getObject("document_id", UUID.class);
		return document == null ? null : new DocumentId(document);
	}

	private static PartnerOrganisation organisation(ResultSet rs) throws SQLException {
		return new PartnerOrganisation(new PartnerOrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
				PartnerType.valueOf(rs.getString("type")));
	}
}
