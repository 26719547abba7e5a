package nl.veiligheidshuis.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DemoDataSeeder;
import nl.veiligheidshuis.platform.DemoPdf;
import nl.veiligheidshuis.platform.DocumentId;
import nl.veiligheidshuis.platform.Documents;

/**
 * The partner register of the demo house, from the 2006 covenant of the district house Heerlen: its 17
 * signing partners with their representatives (signed 7 September 2006), the three that joined later
 * (their approval and effective dates are synthetic: the covenant says only "op enig moment"), the chain
 * leads of the covenant, the five district municipalities with the populations of the Staatsalmanak of
 * 31 May 2006, and the house's own office. Contact points, rooms and documents are synthetic. The
 * identity module's demo users refer to partners by name.
 */
@Component
class PartnersDemoData implements DemoDataSeeder {

	static final LocalDate SIGNED = LocalDate.of(2006, 9, 7);
	static final String OFFICE = "Veiligheidshuis Heerlen (bedrijfsbureau)";
	static final String MUNICIPALITY = "Gemeente Heerlen";
	static final String PROSECUTION = "Arrondissementsparket Openbaar Ministerie Maastricht";
	static final String CHILD_PROTECTION = "Raad voor de Kinderbescherming Regio Limburg";

	record Signatory(String name, PartnerType type, Presence presence, String representative) {
	}

	record Joiner(String name, PartnerType type, Presence presence, LocalDate approvedOn, LocalDate effectiveFrom) {
	}

	static final List<Signatory> SIGNATORIES = List.of(
			new Signatory(MUNICIPALITY, PartnerType.MUNICIPALITY, Presence.DAILY, "burgemeester A.M.G. Gresel"),
			new Signatory(PROSECUTION, PartnerType.PROSECUTION, Presence.DAILY, "de heer J.F. Wauben"),
			new Signatory("Politie regio Limburg Zuid", PartnerType.POLICE, Presence.DAILY, "de heer J.M.G. Gunsing"),
			new Signatory("Provincie Limburg", PartnerType.PROVINCE, Presence.REMOTE,
					"de heer M.J.H. Vestjens (Gedeputeerde Staten)"),
			new Signatory("Bureau Jeugdzorg Limburg", PartnerType.YOUTH_CARE, Presence.DAILY, "mevrouw J.H.M. Ritzen"),
			new Signatory("Justitiële Jeugdinrichting Het Keerpunt", PartnerType.CUSTODIAL_INSTITUTION, Presence.FLEX_DESK,
					"de heer J. Rombout"),
			new Signatory("Penitentiaire Inrichting Limburg Zuid", PartnerType.CUSTODIAL_INSTITUTION, Presence.FLEX_DESK,
					"de heer A.H. Minkenberg"),
			new Signatory(CHILD_PROTECTION, PartnerType.CHILD_PROTECTION_BOARD, Presence.DAILY, "de heer J. Schmeitz"),
			new Signatory("Stichting Reclassering Nederland regio Limburg", PartnerType.PROBATION, Presence.DAILY,
					"mevrouw J.M.J. Ketelaar"),
			new Signatory("Leger des Heils, Jeugd en Reclassering", PartnerType.PROBATION, Presence.FLEX_DESK,
					"de heer H.T.W.M. Weijtens"),
			new Signatory("Leger des Heils, Centrum voor Wonen, Zorg en Welzijn", PartnerType.CARE, Presence.FLEX_DESK,
					"de heer E. Dijkstra"),
			new Signatory("Slachtofferhulp Nederland regiokantoor Limburg", PartnerType.VICTIM_SUPPORT, Presence.FLEX_DESK,
					"de heer J.A. Huisintveld"),
			new Signatory("Mondriaan Zorggroep", PartnerType.CARE, Presence.DAILY, "de heer J.P.G. Molema"),
			new Signatory("Bureau Halt", PartnerType.HALT, Presence.FLEX_DESK, "de heer C. In 't Panhuis"),
			new Signatory("GGD Zuid Limburg", PartnerType.PUBLIC_HEALTH, Presence.REMOTE, "mevrouw R. Koops"),
			new Signatory("Stichting Huiselijk Geweld Zuid Limburg", PartnerType.CARE, Presence.FLEX_DESK,
					"mevrouw B. Hollands"),
			new Signatory("Tracee", PartnerType.CARE, Presence.REMOTE, "de heer E. Hoesbergen"));

	static final List<Joiner> JOINERS = List.of(
			new Joiner("Gemeenten Brunssum, Nuth, Voerendaal en Onderbanken", PartnerType.MUNICIPALITY, Presence.REMOTE,
					LocalDate.of(2007, 11, 15), LocalDate.of(2008, 1, 1)),
			new Joiner("RIMO Parkstad", PartnerType.OTHER, Presence.REMOTE, LocalDate.of(2008, 3, 13), LocalDate.of(2008, 4, 1)),
			new Joiner("Stichting Zwerfjongeren Limburg", PartnerType.CARE, Presence.FLEX_DESK, LocalDate.of(2008, 9, 11),
					LocalDate.of(2008, 10, 1)));

	/** Staatsalmanak, 31 May 2006 (kaderdocument, note 22). */
	static final Object[][] POPULATIONS = { { "Heerlen", 91_528 }, { "Voerendaal", 12_950 }, { "Nuth", 16_026 },
			{ "Brunssum", 29_623 }, { "Onderbanken", 8_392 } };

	private static final String SEEDER = "demo";

	private final PartnerOrganisations partners;
	private final Municipalities municipalities;
	private final HouseRooms rooms;
	private final ChainLeads chainLeads;
	private final Documents documents;

	PartnersDemoData(PartnerOrganisations partners, Municipalities municipalities, HouseRooms rooms, ChainLeads chainLeads,
			Documents documents) {
		this.partners = partners;
		this.municipalities = municipalities;
		this.rooms = rooms;
		this.chainLeads = chainLeads;
		this.documents = documents;
	}

	@Override
	public String name() {
		return "partners.register";
	}

	@Override
	public int getOrder() {
		return 100;
	}

	@Override
	public void seed() {
		PartnerOrganisationId office = organisation(OFFICE, PartnerType.OTHER, Presence.DAILY, null);
		partners.addContactPoint(office, new ContactPoint("Sanne Vos", "045 000 00 01", "secretariaat@veiligheidshuis.example",
				"Aanmeldingen en agenda"));
		DocumentId covenantDocument = documents.store("convenant-veiligheidshuis-heerlen-2006.pdf",
				DemoPdf.withText("Samenwerkingsconvenant Veiligheidshuis Heerlen", "Heerlen, 7 september 2006",
						"Synthetisch demodocument"), SEEDER);
		UUID covenant = partners.recordCovenant(
				"Samenwerkingsconvenant tot uitvoering van het project \"Persoonsgerichte aanpak in districtelijk Veiligheidshuis Heerlen\"",
				SIGNED, "Heerlen",
				"Samenwerking onder totaalregie van de gemeente Heerlen; kaderdocument persoonsgerichte aanpak als bijlage; "
						+ "groeimodel: nieuwe partners treden toe met een ondertekende verklaring na akkoord van de districtelijke stuurgroep.",
				covenantDocument);
		for (Signatory signatory : SIGNATORIES) {
			PartnerOrganisationId id = organisation(signatory.name(), signatory.type(), signatory.presence(), SIGNED);
			partners.recordSignature(id, covenant, signatory.representative(), SIGNED, SEEDER);
		}
		for (Joiner joiner : JOINERS) {
			PartnerOrganisationId id = organisation(joiner.name(), joiner.type(), joiner.presence(), joiner.effectiveFrom());
			DocumentId declaration = documents.store("toetredingsverklaring.pdf", DemoPdf.withText("Toetredingsverklaring",
					joiner.name(), "Synthetisch demodocument"), SEEDER);
			partners.recordDeclaration(id, covenant, null, joiner.approvedOn(), joiner.approvedOn().plusDays(14),
					joiner.effectiveFrom(), declaration, SEEDER);
		}
		partners.addContactPoint(byName(MUNICIPALITY), new ContactPoint("Mark de Wit", "045 000 00 02",
				"manager@veiligheidshuis.example", "Manager veiligheidshuis"));
		partners.addContactPoint(byName(PROSECUTION), new ContactPoint("Lotte Coenen", "043 000 00 03",
				"regisseur.om@example.invalid", "Regie strafrechtketen"));
		partners.addContactPoint(byName("Politie regio Limburg Zuid"), new ContactPoint("Pieter Smeets", "045 000 00 04",
				"pga@politie.example.invalid", "Veelplegerslijst en antecedenten"));
		partners.addContactPoint(byName("Stichting Reclassering Nederland regio Limburg"), new ContactPoint("Rana El Idrissi",
				"045 000 00 05", "heerlen@reclassering.example.invalid", "Toezicht en adviesrapportage"));
		partners.addContactPoint(byName(CHILD_PROTECTION), new ContactPoint("Kim Ramakers", "045 000 00 06",
				"limburg@rvdk.example.invalid", "Casusregie jeugdstrafrecht"));

		chainLeads.assign(Chain.CRIMINAL_JUSTICE, byName(PROSECUTION));
		chainLeads.assign(Chain.YOUTH_CRIMINAL_JUSTICE, byName(CHILD_PROTECTION));
		for (Chain chain : List.of(Chain.AFTERCARE, Chain.PREVENTION, Chain.INTEGRAL_SAFETY)) {
			chainLeads.assign(chain, byName(MUNICIPALITY));
		}

		for (Object[] figure : POPULATIONS) {
			String name = (String) figure[0];
			UUID id = municipalities.findByName(name).orElseGet(() -> municipalities.add(name));
			municipalities.recordPopulation(id, new PopulationFigure(2006, (Integer) figure[1], LocalDate.of(2006, 5, 31),
					"Staatsalmanak"));
		}

		rooms.add("Overlegruimte De Schacht", RoomKind.MEETING_ROOM, 14);
		rooms.add("Overlegruimte De Mijnzetel", RoomKind.MEETING_ROOM, 8);
		rooms.add("Spreekkamer 1", RoomKind.INTERVIEW_ROOM, 4);
		rooms.add("Spreekkamer 2", RoomKind.INTERVIEW_ROOM, 4);
		rooms.add("Bedrijfsbureau", RoomKind.OFFICE, 4);
		for (int desk = 1; desk <= 6; desk++) {
			rooms.add("Flexplek " + desk, RoomKind.FLEX_DESK, 1);
		}
	}

	private PartnerOrganisationId organisation(String name, PartnerType type, Presence presence, @Nullable LocalDate from) {
		return partners.findByName(name).map(id -> {
			partners.update(id, type, presence, from, null);
			return id;
		}).orElseGet(() -> partners.register(name, type, presence, from));
	}

	private PartnerOrganisationId byName(String name) {
		return partners.findByName(name).orElseThrow();
	}
}
