package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.platform.DocumentId;
import nl.veiligheidshuis.platform.Documents;
import nl.veiligheidshuis.platform.TargetGroup;

/** The recorded privacy covenants, and the answer of the rights policy's question from them. */
@Service
public class PrivacyCovenantRegister implements PrivacyCovenants {

	private final JdbcClient jdbc;
	private final AuditLog auditLog;
	private final Documents documents;

	PrivacyCovenantRegister(JdbcClient jdbc, AuditLog auditLog, Documents documents) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.documents = documents;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean covers(PartnerOrganisationId organisation, TargetGroup targetGroup, LocalDate date) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM privacy_covenant c
				  JOIN privacy_covenant_party p ON p.covenant_id = c.id AND p.organisation_id = :organisation
				  JOIN privacy_covenant_target_group g ON g.covenant_id = c.id AND g.target_group = :group
				  WHERE c.valid_from <= :date AND (c.valid_to IS NULL OR c.valid_to >= :date))""")
			.param("organisation", organisation.value())
			.param("group", targetGroup.name())
			.param("date", date)
			.query(Boolean.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<DataCategory> categories(PartnerOrganisationId organisation, TargetGroup targetGroup, LocalDate date) {
		return categoriesOf(jdbc.sql("""
				SELECT DISTINCT k.category FROM privacy_covenant c
				  JOIN privacy_covenant_party_category k ON k.covenant_id = c.id AND k.organisation_id = :organisation
				  JOIN privacy_covenant_target_group g ON g.covenant_id = c.id AND g.target_group = :group
				  WHERE c.valid_from <= :date AND (c.valid_to IS NULL OR c.valid_to >= :date)""")
			.param("organisation", organisation.value())
			.param("group", targetGroup.name())
			.param("date", date)
			.query(String.class)
			.list());
	}

	/** The categories covenants valid on the date let the organisation receive, for any target group they cover. */
	@Transactional(readOnly = true)
	public Set<DataCategory> categoriesForAnyTargetGroup(PartnerOrganisationId organisation, LocalDate date) {
		return categoriesOf(jdbc.sql("""
				SELECT DISTINCT k.category FROM privacy_covenant c
				  JOIN privacy_covenant_party_category k ON k.covenant_id = c.id AND k.organisation_id = :organisation
				  WHERE c.valid_from <= :date AND (c.valid_to IS NULL OR c.valid_to >= :date)
				    AND EXISTS (SELECT 1 FROM privacy_covenant_target_group g WHERE g.covenant_id = c.id)""")
			.param("organisation", organisation.value())
			.param("date", date)
			.query(String.class)
			.list());
	}

	private static Set<DataCategory> categoriesOf(List<String> names) {
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		names.forEach(name -> categories.add(DataCategory.valueOf(name)));
		return categories;
	}

	/** Records a covenant that gives every party every category of data; audited as a change of the house's register. */
	@Transactional
	public UUID record(String title, Set<PartnerOrganisationId> parties, Set<TargetGroup> targetGroups, String purposes,
			String legalBasis, LocalDate validFrom, @Nullable LocalDate validTo, @Nullable DocumentId document) {
		return record(title, parties, targetGroups, purposes, legalBasis, validFrom, validTo, document,
				parties.stream().collect(Collectors.toMap(party -> party, party -> DataCategory.ALL)));
	}

	/**
	 * Records a covenant with, per party, the categories of data it may receive (a party missing from the map
	 * receives every category); audited as a change of the house's register.
	 */
	@Transactional
	public UUID record(String title, Set<PartnerOrganisationId> parties, Set<TargetGroup> targetGroups, String purposes,
			String legalBasis, LocalDate validFrom, @Nullable LocalDate validTo, @Nullable DocumentId document,
			Map<PartnerOrganisationId, Set<DataCategory>> categories) {
		if (validTo != null && validTo.isBefore(validFrom)) {
			throw new IllegalArgumentException("A privacy covenant ends no earlier than it starts");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO privacy_covenant (id, title, purposes, legal_basis, valid_from, valid_to, document_id)
				VALUES (:id, :title, :purposes, :legalBasis, :from, :to, :document)""")
			.param("id", id)
			.param("title", title)
			.param("purposes", purposes)
			.param("legalBasis", legalBasis)
			.param("from", validFrom)
			.param("to", validTo)
			.param("document", document == null ? null : document.value())
			.update();
		for (PartnerOrganisationId party : parties) {
			jdbc.sql("INSERT INTO privacy_covenant_party (covenant_id, organisation_id) VALUES (:id, :party)")
				.param("id", id).param("party", party.value()).update();
			insertCategories(id, party, categories.getOrDefault(party, DataCategory.ALL));
		}
		for (TargetGroup group : targetGroups) {
			jdbc.sql("INSERT INTO privacy_covenant_target_group (covenant_id, target_group) VALUES (:id, :group)")
				.param("id", id).param("group", group.name()).update();
		}
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.HOUSE_ADMINISTRATION, "privacyCovenant", id));
		return id;
	}

	/**
	 * Records a covenant with its signed document, uploaded: document and covenant in one transaction, so
	 * a rejected upload leaves nothing behind.
	 *
	 * @throws nl.veiligheidshuis.platform.DocumentRejected when the upload is not an acceptable PDF
	 */
	@Transactional
	public UUID record(String title, Set<PartnerOrganisationId> parties, Set<TargetGroup> targetGroups, String purposes,
			String legalBasis, LocalDate validFrom, @Nullable LocalDate validTo, @Nullable MultipartFile document,
			String uploadedBy, Set<DataCategory> categories) {
		DocumentId stored = documents.store(document, uploadedBy);
		return record(title, parties, targetGroups, purposes, legalBasis, validFrom, validTo, stored,
				parties.stream().collect(Collectors.toMap(party -> party, party -> categories)));
	}

	private void insertCategories(UUID covenant, PartnerOrganisationId party, Set<DataCategory> categories) {
		for (DataCategory category : categories) {
			jdbc.sql("""
					INSERT INTO privacy_covenant_party_category (covenant_id, organisation_id, category)
					VALUES (:id, :party, :category)""")
				.param("id", covenant).param("party", party.value()).param("category", category.name()).update();
		}
	}

	/**
	 * Sets the categories of data a party of the covenant may receive (replacing what it had); audited.
	 *
	 * @throws IllegalArgumentException when the organisation is no party to the covenant
	 */
	@Transactional
	public void changeCategories(UUID id, PartnerOrganisationId party, Set<DataCategory> categories) {
		boolean isParty = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM privacy_covenant_party WHERE covenant_id = :id AND organisation_id = :party)""")
			.param("id", id).param("party", party.value()).query(Boolean.class).single();
		if (!isParty) {
			throw new IllegalArgumentException("No such party to this covenant");
		}
		jdbc.sql("DELETE FROM privacy_covenant_party_category WHERE covenant_id = :id AND organisation_id = :party")
			.param("id", id).param("party", party.value()).update();
		insertCategories(id, party, categories);
		auditLog.record(AuditEntry.of(AuditAction.UPDATE, ProcessingPurpose.HOUSE_ADMINISTRATION, "privacyCovenant", id));
	}

	/** Changes the end of a covenant's validity (ended early, or extended). */
	@Transactional
	public void changeEnd(UUID id, @Nullable LocalDate validTo) {
		int changed = jdbc.sql("UPDATE privacy_covenant SET valid_to = :to WHERE id = :id AND (CAST(:to AS DATE) IS NULL OR valid_from <= :to)")
			.param("id", id).param("to", validTo).update();
		if (changed != 1) {
			throw new IllegalArgumentException("No such covenant, or it would end before it starts");
		}
		auditLog.record(AuditEntry.of(AuditAction.UPDATE, ProcessingPurpose.HOUSE_ADMINISTRATION, "privacyCovenant", id));
	}

	/** Adds a party to a covenant (a partner that joined the covenant later) with every category of data; audited. */
	@Transactional
	public void addParty(UUID id, PartnerOrganisationId party) {
		addParty(id, party, DataCategory.ALL);
	}

	/** Adds a party to a covenant with the categories of data it may receive; audited. */
	@Transactional
	public void addParty(UUID id, PartnerOrganisationId party, Set<DataCategory> categories) {
		int added = jdbc.sql("""
				INSERT INTO privacy_covenant_party (covenant_id, organisation_id)
				SELECT id, :party FROM privacy_covenant WHERE id = :id
				ON CONFLICT DO NOTHING""")
			.param("id", id).param("party", party.value()).update();
		if (added == 1) {
			insertCategories(id, party, categories);
			auditLog.record(AuditEntry.of(AuditAction.UPDATE, ProcessingPurpose.HOUSE_ADMINISTRATION, "privacyCovenant", id));
		}
	}

	@Transactional(readOnly = true)
	public List<PrivacyCovenant> all() {
		return jdbc.sql("SELECT id FROM privacy_covenant ORDER BY valid_from, title")
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<PrivacyCovenant> find(UUID id) {
		Set<PartnerOrganisationId> parties = new HashSet<>(jdbc
			.sql("SELECT organisation_id FROM privacy_covenant_party WHERE covenant_id = :id")
			.param("id", id)
			.query((rs, row) -> new PartnerOrganisationId(rs.getObject(1, UUID.class)))
			.list());
		Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
		jdbc.sql("SELECT target_group FROM privacy_covenant_target_group WHERE covenant_id = :id")
			.param("id", id)
			.query(String.class)
			.list()
			.forEach(group -> groups.add(TargetGroup.valueOf(group)));
		Map<PartnerOrganisationId, Set<DataCategory>> categories = new HashMap<>();
		jdbc.sql("SELECT organisation_id, category FROM privacy_covenant_party_category WHERE covenant_id = :id")
			.param("id", id)
			.query(rs -> {
				categories.computeIfAbsent(new PartnerOrganisationId(rs.getObject(1, UUID.class)),
						party -> EnumSet.noneOf(DataCategory.class)).add(DataCategory.valueOf(rs.getString(2)));
			});
		return jdbc.sql("SELECT title, purposes, legal_basis, valid_from, valid_to, document_id FROM privacy_covenant WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> {
				UUID document = rs.getObject("document_id", UUID.class);
				return new PrivacyCovenant(id, rs.getString("title"), parties, groups, rs.getString("purposes"),
						rs.getString("legal_basis"), rs.getObject("valid_from", LocalDate.class),
						rs.getObject("valid_to", LocalDate.class), document == null ? null : new DocumentId(document),
						categories);
			})
			.optional();
	}
}
