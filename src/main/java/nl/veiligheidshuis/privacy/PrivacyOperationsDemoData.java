package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.identity.SignedInUser;
import nl.veiligheidshuis.platform.DemoDataSeeder;
import nl.veiligheidshuis.privacy.SubjectRequest.ErasureException;
import nl.veiligheidshuis.privacy.SubjectRequest.Kind;
import nl.veiligheidshuis.privacy.SubjectRequest.Status;

/**
 * Demo privacy operations, after the trajectories and conferences: an open access request with its export, a
 * refused erasure request with the art. 17(3) exception, and a legal hold, about demo clients whose dossiers were
 * read (found in the audit log, privacy's own table).
 */
@Component
class PrivacyOperationsDemoData implements DemoDataSeeder {

	private final SubjectRequests requests;
	private final SubjectAccess access;
	private final LegalHolds holds;
	private final DataSubjects subjects;
	private final UserDetailsService accounts;
	private final JdbcClient jdbc;
	private final Clock clock;

	PrivacyOperationsDemoData(SubjectRequests requests, SubjectAccess access, LegalHolds holds, DataSubjects subjects,
			UserDetailsService accounts, JdbcClient jdbc, Clock clock) {
		this.requests = requests;
		this.access = access;
		this.holds = holds;
		this.subjects = subjects;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "privacy.demo-requests-and-holds";
	}

	@Override
	public int getOrder() {
		return 800;
	}

	@Override
	public void seed() {
		List<UUID> persons = jdbc.sql("""
				SELECT person_id FROM privacy_audit_record WHERE person_id IS NOT NULL AND object_type = 'trajectory'
				GROUP BY person_id ORDER BY min(sequence_number) LIMIT 5""")
			.query(UUID.class)
			.list()
			.stream()
			.filter(person -> subjects.displayName(person).isPresent())
			.limit(3)
			.toList();
		if (persons.size() < 3) {
			return;
		}
		SignedInUser secretary = (SignedInUser) accounts.loadUserByUsername("secretariaat.demo");
		LocalDate today = LocalDate.now(clock);
		SubjectRequest access1 = requests.register(Kind.ACCESS, persons.get(0), today.minusDays(10),
				"Brief van de betrokkene: ik wil weten welke gegevens het Veiligheidshuis over mij heeft en wie ze heeft "
						+ "ingezien. (demo)",
				secretary);
		access.export(access1.id(), secretary, "pdf");
		SubjectRequest erasure = requests.register(Kind.ERASURE, persons.get(1), today.minusDays(20),
				"Verzoek om verwijdering van alle gegevens. (demo)", secretary);
		requests.decide(erasure.id(), Status.REFUSED, "Het traject loopt nog; de gegevens zijn nodig voor de uitvoering "
				+ "van de persoonsgerichte aanpak. Na afsluiting gelden de bewaartermijnen. (demo)",
				ErasureException.LEGAL_OBLIGATION_OR_PUBLIC_TASK, secretary);
		holds.place(persons.get(2), "Lopende strafzaak: het OM heeft gevraagd de gegevens te bewaren tot de uitspraak. "
				+ "(demo)", secretary);
	}
}
