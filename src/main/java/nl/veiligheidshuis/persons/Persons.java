package nl.veiligheidshuis.persons;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.persons.linkage.Bsn;
import nl.veiligheidshuis.persons.linkage.DutchNames;
import nl.veiligheidshuis.persons.linkage.LinkageDecision;
import nl.veiligheidshuis.persons.linkage.LinkageSettings;
import nl.veiligheidshuis.persons.linkage.Linker;
import nl.veiligheidshuis.persons.linkage.PersonRecord;
import nl.veiligheidshuis.persons.linkage.ScoredPair;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.CovenantCoverage;
import nl.veiligheidshuis.privacy.DataCategory;
import nl.veiligheidshuis.privacy.ProcessingPurpose;

/**
 * The person registry: resolving incoming source records to persons with the identity-resolution
 * engine, searching, the merged view with provenance, and the known-person check. Every search and view
 * is audited, one record per person shown; only persons the user may see ({@link PersonVisibilityPolicy})
 * are ever returned.
 */
@Service
public class Persons {

	/** The engine's thresholds in the application (see docs/algorithm-register.md). */
	static final LinkageSettings RESOLUTION = LinkageSettings.defaults().withEstimateWeights(false).withThresholds(0.9, 0.3)
		.withHoldDifferentGivenNames(true); // the registry never links two given names automatically (see the algorithm register)
	/** At most this many candidates from the blocking query are scored per incoming record. */
	static final int MAX_CANDIDATES = 500;
	static final int MAX_RESULTS = 50;
	/**
	 * pg_trgm similarity of surnames at which a known-person check counts a person (besides the same
	 * phonetic key). The search uses the operator {@code %} (pg_trgm's threshold, 0.3 by default, with
	 * the GIN index) and ranks; the check answers yes or no, so it asks for more.
	 */
	static final double SURNAME_SIMILARITY = 0.45;

	private final JdbcClient jdbc;
	private final AuditLog auditLog;
	private final Clock clock;
	private final CovenantCoverage coverage;

	Persons(JdbcClient jdbc, AuditLog auditLog, Clock clock, CovenantCoverage coverage) {
		this.coverage = coverage;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Resolves an incoming record to a person of the registry and stores it as one of that person's
	 * source records: a verified BSN shared with a registered record links at once; otherwise the engine
	 * scores the candidates of the blocking query (phonetic surname and birth year, date of birth, postal
	 * code). At or above the upper threshold the record joins the best candidate; between the thresholds it
	 * becomes a new person with a clerical-review item against the best candidate; below, a new person.
	 * Called by intake and demo seeding, not by users; the creation is audited for the person.
	 */
	@Transactional
	public Resolution resolve(SourceRecord record) {
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		String bsn = Bsn.normalise(record.bsn());
		boolean verified = Bsn.isValid(bsn);
		UUID personId = null;
		double probability = 0;
		Resolution.Outcome outcome = Resolution.Outcome.NEW;
		UUID candidate = null;
		if (verified) {
			personId = jdbc.sql("SELECT person_id FROM persons_source_record WHERE bsn_verified AND bsn = :bsn LIMIT 1")
				.param("bsn", bsn).query(UUID.class).optional().orElse(null);
			probability = personId == null ? 0 : 1;
		}
		if (personId == null) {
			Optional<Candidate> best = bestCandidate(record);
			if (best.isPresent()) {
				ScoredPair pair = best.get().pair();
				probability = pair.probability();
				UUID bestPerson = best.get().person();
				if (pair.decision() == LinkageDecision.MATCH) {
					personId = bestPerson;
				}
				else if (pair.decision() == LinkageDecision.REVIEW) {
					candidate = bestPerson;
				}
			}
		}
		if (personId != null) {
			outcome = Resolution.Outcome.LINKED;
		}
		else {
			personId = UUID.randomUUID();
			jdbc.sql("INSERT INTO persons_person (id, created_at) VALUES (:id, :now)").param("id", personId)
				.param("now", now).update();
			outcome = candidate != null ? Resolution.Outcome.REVIEW : Resolution.Outcome.NEW;
		}
		UUID sourceId = insertSource(personId, record, bsn, verified, now);
		refreshKeyFacts(personId);
		if (candidate != null) {
			jdbc.sql("""
					INSERT INTO persons_review_item (id, source_record_id, candidate_person_id, probability, created_at)
					VALUES (:id, :source, :candidate, :p, :now)""")
				.param("id", UUID.randomUUID()).param("source", sourceId).param("candidate", candidate)
				.param("p", probability).param("now", now).update();
		}
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, "source-record",
				sourceId).concerning(personId));
		return new Resolution(outcome, personId, sourceId, probability);
	}

	/**
	 * Derives the key facts kept with the person from their source records (see V42): the date of birth
	 * most sources give (on a tie the most recent), the most recent gender, city and name. Called after
	 * every change to which source records a person has.
	 */
	void refreshKeyFacts(UUID personId) {
		jdbc.sql("""
				UPDATE persons_person p SET
				  date_of_birth = (SELECT s.date_of_birth FROM persons_source_record s
				                   WHERE s.person_id = p.id AND s.date_of_birth IS NOT NULL
				                   GROUP BY s.date_of_birth ORDER BY count(*) DESC, max(s.received_at) DESC LIMIT 1),
				  gender = (SELECT s.gender FROM persons_source_record s WHERE s.person_id = p.id AND s.gender IS NOT NULL
				            ORDER BY s.received_at DESC LIMIT 1),
				  city = (SELECT s.city FROM persons_source_record s WHERE s.person_id = p.id AND s.city IS NOT NULL
				          ORDER BY s.received_at DESC LIMIT 1),
				  display_name = (SELECT concat_ws(' ', s.given_names, s.surname_prefix, s.surname)
				                  FROM persons_source_record s WHERE s.person_id = p.id ORDER BY s.received_at DESC LIMIT 1)
				WHERE p.id = :id""").param("id", personId).update();
	}

	/**
	 * The place of residence of the person's key facts, for statistics that count per municipality (the
	 * reporting module keeps only the district municipality, next to a pseudonym). No name, no address.
	 */
	@Transactional(readOnly = true)
	public Optional<String> residenceForStatistics(UUID personId) {
		return jdbc.sql("SELECT city FROM persons_person WHERE id = :id AND city IS NOT NULL")
			.param("id", personId)
			.query(String.class)
			.optional();
	}

	/**
	 * The display names and dates of birth of the given persons, for lists whose reader the caller has
	 * checked and audits (the selection's candidate lists).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, PersonName> names(Collection<UUID> personIds) {
		Map<UUID, PersonName> names = new HashMap<>();
		if (personIds.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT id, display_name, date_of_birth FROM persons_person WHERE id = ANY(:ids)")
			.param("ids", personIds.toArray(UUID[]::new))
			.query(rs -> {
				UUID id = rs.getObject(1, UUID.class);
				names.put(id, new PersonName(id, rs.getString(2) == null ? "" : rs.getString(2),
						rs.getObject(3, LocalDate.class)));
			});
		return names;
	}

	private record Candidate(UUID person, ScoredPair pair) {
	}

	private Optional<Candidate> bestCandidate(SourceRecord record) {
		Keys keys = Keys.of(record.givenNames(), record.surnamePrefix(), record.surname(), record.dateOfBirth());
		String postalCode = postalCode(record.postalCode());
		List<PersonRecord> candidates = jdbc.sql("""
				SELECT * FROM persons_source_record
				WHERE (phonetic_surname = :phonetic AND birth_year = :year)
				   OR date_of_birth = :birth
				   OR postal_code = :postalCode
				LIMIT :max""")
			.param("phonetic", keys.phonetic()).param("year", keys.birthYear())
			.param("birth", record.dateOfBirth()).param("postalCode", postalCode).param("max", MAX_CANDIDATES)
			.query((rs, n) -> engineRecord(rs)).list();
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		PersonRecord incoming = new PersonRecord("incoming", record.bsn(), record.givenNames(), record.surnamePrefix(),
				record.surname(), record.dateOfBirth(), record.gender(), record.street(), record.houseNumber(),
				postalCode, record.city(), null);
		return new Linker(RESOLUTION.withKeepNonMatches(true)).link(List.of(incoming), candidates, registryFrequencies()).pairs().stream()
			.max(Comparator.comparingDouble(ScoredPair::probability))
			.map(pair -> new Candidate(UUID.fromString(candidates.get(pair.right()).id()), pair));
	}

	/**
	 * Name frequencies among the registry's source records, counting the incoming record as one more,
	 * smoothed towards the engine's default chance that two random records share a name
	 * ({@link #DEFAULT_NAME_FREQUENCY}) with {@link #PSEUDO_RECORDS} pseudo-records: a young registry of a
	 * few dozen persons would otherwise call every name common, a large one gets its own frequencies.
	 */
	private Linker.NameFrequencies registryFrequencies() {
		long total = jdbc.sql("SELECT count(*) FROM persons_source_record").query(Long.class).single() + 1;
		return new Linker.NameFrequencies() {

			@Override
			public float surname(String surname) {
				return smoothed(jdbc.sql("SELECT count(*) FROM persons_source_record WHERE surname_key = :s")
					.param("s", surname).query(Long.class).single() + 1, total);
			}

			@Override
			public float givenName(String given) {
				return smoothed(jdbc.sql("SELECT count(*) FROM persons_source_record WHERE split_part(given_key, ' ', 1) = :g")
					.param("g", given).query(Long.class).single() + 1, total);
			}
		};
	}

	static final double DEFAULT_NAME_FREQUENCY = 0.003;
	static final int PSEUDO_RECORDS = 1000;

	static float smoothed(long count, long total) {
		return (float) ((count + DEFAULT_NAME_FREQUENCY * PSEUDO_RECORDS) / (total + PSEUDO_RECORDS));
	}

	private static PersonRecord engineRecord(ResultSet rs) throws SQLException {
		return new PersonRecord(rs.getString("person_id"), rs.getBoolean("bsn_verified") ? rs.getString("bsn") : null,
				rs.getString("given_names"), rs.getString("surname_prefix"), rs.getString("surname"),
				rs.getObject("date_of_birth", LocalDate.class), rs.getString("gender"), rs.getString("street"),
				rs.getString("house_number"), rs.getString("postal_code"), rs.getString("city"), null);
	}

	private UUID insertSource(UUID personId, SourceRecord r, @Nullable String bsn, boolean verified, OffsetDateTime now) {
		Keys keys = Keys.of(r.givenNames(), r.surnamePrefix(), r.surname(), r.dateOfBirth());
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO persons_source_record (id, person_id, organisation_id, organisation_name, reference,
				  received_at, bsn, bsn_verified, given_names, surname_prefix, surname, alias, date_of_birth, gender,
				  street, house_number, postal_code, city, address_valid_from, address_valid_to,
				  surname_key, prefix_key, given_key, phonetic_surname, birth_year)
				VALUES (:id, :person, :organisation, :organisationName, :reference, :now, :bsn, :verified, :given,
				  :prefix, :surname, :alias, :birth, :gender, :street, :houseNumber, :postalCode, :city, :from, :to,
				  :surnameKey, :prefixKey, :givenKey, :phonetic, :year)""")
			.param("id", id).param("person", personId).param("organisation", r.organisationId())
			.param("organisationName", r.organisationName()).param("reference", r.reference()).param("now", now)
			.param("bsn", bsn).param("verified", verified).param("given", blank(r.givenNames()))
			.param("prefix", blank(r.surnamePrefix())).param("surname", r.surname().strip())
			.param("alias", blank(r.alias())).param("birth", r.dateOfBirth()).param("gender", r.gender())
			.param("street", blank(r.street())).param("houseNumber", blank(r.houseNumber()))
			.param("postalCode", postalCode(r.postalCode())).param("city", blank(r.city()))
			.param("from", r.addressValidFrom()).param("to", r.addressValidTo())
			.param("surnameKey", keys.surname()).param("prefixKey", keys.prefix()).param("givenKey", keys.given())
			.param("phonetic", keys.phonetic()).param("year", keys.birthYear())
			.update();
		return id;
	}

	/**
	 * The persons the signed-in user may see whose surname is like the one searched (trigram similarity
	 * or the same phonetic key, the prefix compared by its initials so that "v.d. Berg" finds "van den
	 * Berg"), with the date of birth when given. Audited as a search, one record per person returned (one
	 * record without a person when nothing is found).
	 */
	@Transactional
	@PreAuthorize(PersonVisibilityPolicy.MAY_SEARCH)
	public List<PersonSummary> search(PersonSearch search) {
		PersonVisibility visibility = currentVisibility();
		List<PersonSummary> found = visibility.seesAnyone() ? find(search, visibility) : List.of();
		auditLog.record(AuditEntry.of(AuditAction.SEARCH, ProcessingPurpose.PERSON_CENTRED_APPROACH, "person-search", null)
			.concerning(found.stream().map(PersonSummary::id).toList()));
		return found;
	}

	private List<PersonSummary> find(PersonSearch search, PersonVisibility visibility) {
		Keys keys = Keys.of(search.givenNames(), null, search.surname(), search.dateOfBirth());
		if (keys.surname().isEmpty()) {
			return List.of();
		}
		List<UUID> ids = jdbc.sql("""
				SELECT s.person_id, max(similarity(s.surname_key, :surname)
				         + CASE WHEN :given = '' THEN 0 ELSE similarity(s.given_key, :given) END
				         + CASE WHEN :prefix = '' OR s.prefix_key = :prefix THEN 0.2 ELSE 0 END) AS rank
				FROM persons_source_record s
				WHERE (s.surname_key % :surname OR s.phonetic_surname = :phonetic)
				  AND (CAST(:birth AS DATE) IS NULL OR s.date_of_birth = :birth)
				  AND (:all OR EXISTS (SELECT 1 FROM persons_source_record own
				                       WHERE own.person_id = s.person_id AND own.organisation_id = :organisation))
				GROUP BY s.person_id
				ORDER BY rank DESC, s.person_id
				LIMIT :max""")
			.param("surname", keys.surname()).param("given", keys.given()).param("prefix", keys.prefix())
			.param("phonetic", keys.phonetic())
			.param("birth", search.dateOfBirth()).param("all", visibility.scope() == PersonVisibility.Scope.ALL)
			.param("organisation", visibility.organisation()).param("max", MAX_RESULTS)
			.query((rs, n) -> rs.getObject("person_id", UUID.class)).list();
		List<PersonSummary> summaries = new ArrayList<>();
		// field-level data minimisation: a partner sees date of birth and city only when the covenant shares them
		Set<DataCategory> shared = visibility.scope() == PersonVisibility.Scope.ALL ? DataCategory.ALL
				: ids.isEmpty() ? Set.of()
				: coverage.categoriesForAnyTargetGroup(java.util.Objects.requireNonNull(visibility.organisation()));
		for (UUID id : ids) {
			List<Row> rows = rows(id);
			Row first = rows.getFirst();
			summaries.add(new PersonSummary(id, first.name(),
					shared.contains(DataCategory.IDENTITY) ? first.dateOfBirth : null,
					shared.contains(DataCategory.CONTACT)
							? rows.stream().map(row -> row.city).filter(java.util.Objects::nonNull).reduce((a, b) -> b).orElse(null)
							: null,
					rows.size()));
		}
		return summaries;
	}

	/**
	 * The merged view of one person, when the signed-in user may see them. Audited as a read for the
	 * person; a refused look at an existing person is audited as denied (and answered as not found). A partner
	 * professional sees only the fields of the categories the privacy covenants in force share with their
	 * organisation (a registry person has no target group here: any target group counts); the house's own roles
	 * see every field.
	 */
	@Transactional
	@PreAuthorize(PersonVisibilityPolicy.MAY_SEARCH)
	public Optional<PersonView> view(UUID personId) {
		List<Row> rows = rows(personId);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		PersonVisibility visibility = currentVisibility();
		boolean allowed = switch (visibility.scope()) {
			case ALL -> true;
			case OWN_ORGANISATION_SOURCES -> rows.stream().anyMatch(row -> row.source.organisationId().equals(visibility.organisation()));
			case NONE -> false;
		};
		AuditEntry entry = AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "person", personId)
			.concerning(personId);
		auditLog.record(allowed ? entry : entry.denied());
		if (!allowed) {
			return Optional.empty();
		}
		PersonView view = merge(personId, rows);
		return Optional.of(visibility.scope() == PersonVisibility.Scope.ALL ? view
				: view.sharing(coverage.categoriesForAnyTargetGroup(java.util.Objects.requireNonNull(visibility.organisation()))));
	}

	/**
	 * Whether the house knows the person: a verified BSN, or a surname like the given one (same phonetic
	 * key or trigram similarity) with the same date of birth. Any person of the registry counts, whoever
	 * sent the record: the answer carries no dossier data. Audited as a search, concerning the person when known.
	 */
	@Transactional
	@PreAuthorize(PersonVisibilityPolicy.MAY_SEARCH)
	public boolean isKnown(@Nullable String bsn, @Nullable String surname, @Nullable LocalDate dateOfBirth) {
		List<UUID> known = new ArrayList<>();
		String normalised = Bsn.normalise(bsn);
		if (Bsn.isValid(normalised)) {
			known.addAll(jdbc.sql("SELECT DISTINCT person_id FROM persons_source_record WHERE bsn_verified AND bsn = :bsn")
				.param("bsn", normalised).query(UUID.class).list());
		}
		if (known.isEmpty() && surname != null && !surname.isBlank() && dateOfBirth != null) {
			Keys keys = Keys.of(null, null, surname, dateOfBirth);
			known.addAll(jdbc.sql("""
					SELECT DISTINCT person_id FROM persons_source_record
					WHERE date_of_birth = :birth
					  AND (phonetic_surname = :phonetic OR similarity(surname_key, :surname) >= :threshold)""")
				.param("birth", dateOfBirth).param("phonetic", keys.phonetic()).param("surname", keys.surname())
				.param("threshold", SURNAME_SIMILARITY).query(UUID.class).list());
		}
		auditLog.record(AuditEntry.of(AuditAction.SEARCH, ProcessingPurpose.PERSON_CENTRED_APPROACH,
				"known-person-check", null).concerning(known));
		return !known.isEmpty();
	}

	/**
	 * Whether a BSN passes the 11-test, the rule by which the registry keeps a BSN as verified: for modules
	 * that check incoming person data before they hand it to {@link #resolve}.
	 */
	public static boolean isValidBsn(@Nullable String bsn) {
		return Bsn.isValid(bsn);
	}

	/** The number of open clerical-review items (the review pages come later). */
	@Transactional(readOnly = true)
	public int openReviewItems() {
		return jdbc.sql("SELECT count(*) FROM persons_review_item WHERE status = 'OPEN'").query(Integer.class).single();
	}

	/** The visibility of the signed-in user. */
	static PersonVisibility currentVisibility() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof UserProfile user)) {
			return PersonVisibility.NONE;
		}
		Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return PersonVisibilityPolicy.of(authorities, user.organisation());
	}

	private PersonView merge(UUID id, List<Row> rows) {
		Map<String, Attesting> names = new LinkedHashMap<>();
		Map<String, Attesting> aliases = new LinkedHashMap<>();
		Map<String, Attesting> bsns = new LinkedHashMap<>();
		Map<String, Attesting> dates = new LinkedHashMap<>();
		Map<String, Attesting> genders = new LinkedHashMap<>();
		List<PersonView.Address> addresses = new ArrayList<>();
		for (Row row : rows) {
			attest(names, row.name(), true, row.source);
			if (row.alias != null) {
				attest(aliases, row.alias, true, row.source);
			}
			if (row.bsn != null) {
				attest(bsns, row.bsn, row.bsnVerified, row.source);
			}
			if (row.dateOfBirth != null) {
				attest(dates, row.dateOfBirth.toString(), true, row.source);
			}
			if (row.gender != null) {
				attest(genders, row.gender, true, row.source);
			}
			if (row.street != null) {
				addresses.add(new PersonView.Address(row.street + (row.houseNumber == null ? "" : " " + row.houseNumber),
						row.postalCode, row.city, row.validFrom, row.validTo, row.source));
			}
		}
		return new PersonView(id, attested(names), attested(aliases), attested(bsns), attested(dates), attested(genders),
				addresses, rows.stream().map(row -> row.source).toList());
	}

	private static void attest(Map<String, Attesting> values, String value, boolean verified, PersonView.Source source) {
		values.computeIfAbsent(value, v -> new Attesting(verified, new ArrayList<>())).sources.add(source);
	}

	private static List<PersonView.Attested> attested(Map<String, Attesting> values) {
		return values.entrySet().stream()
			.map(e -> new PersonView.Attested(e.getKey(), e.getValue().verified, List.copyOf(e.getValue().sources)))
			.toList();
	}

	private record Attesting(boolean verified, List<PersonView.Source> sources) {
	}

	private List<Row> rows(UUID personId) {
		return jdbc.sql("SELECT * FROM persons_source_record WHERE person_id = :id ORDER BY received_at, id")
			.param("id", personId)
			.query((rs, n) -> new Row(new PersonView.Source(rs.getObject("id", UUID.class),
					rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"), rs.getString("reference"),
					rs.getObject("received_at", OffsetDateTime.class)), rs.getString("bsn"), rs.getBoolean("bsn_verified"),
					rs.getString("given_names"), rs.getString("surname_prefix"), rs.getString("surname"),
					rs.getString("alias"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("gender"),
					rs.getString("street"), rs.getString("house_number"), rs.getString("postal_code"), rs.getString("city"),
					rs.getObject("address_valid_from", LocalDate.class), rs.getObject("address_valid_to", LocalDate.class)))
			.list();
	}

	private record Row(PersonView.Source source, @Nullable String bsn, boolean bsnVerified, @Nullable String givenNames,
			@Nullable String prefix, String surname, @Nullable String alias, @Nullable LocalDate dateOfBirth,
			@Nullable String gender, @Nullable String street, @Nullable String houseNumber, @Nullable String postalCode,
			@Nullable String city, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

		String name() {
			return java.util.stream.Stream.of(givenNames, prefix, surname).filter(java.util.Objects::nonNull)
				.collect(Collectors.joining(" "));
		}
	}

	/** Search and blocking keys, all from the engine's {@link DutchNames}. */
	record Keys(String given, String prefix, String surname, String phonetic, @Nullable Integer birthYear) {

		static Keys of(@Nullable String givenNames, @Nullable String prefix, @Nullable String surname,
				@Nullable LocalDate dateOfBirth) {
			DutchNames.SurnameParts parts = DutchNames.splitSurname(prefix, surname);
			String proper = parts.surname().replace(" ", "");
			return new Keys(DutchNames.normalise(givenNames), parts.prefixKey(), proper, DutchNames.phoneticKey(proper), dateOfBirth == null ? null : dateOfBirth.getYear());
		}
	}

	private static @Nullable String postalCode(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
