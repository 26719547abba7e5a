package nl.veiligheidshuis.persons;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DemoDataSeeder;
import nl.veiligheidshuis.platform.OrganisationDirectory;

/**
 * Synthetic persons of the demo house, as source records of the demo police and probation, resolved
 * through {@link Persons#resolve} like any incoming record: some probation records are duplicates of
 * police ones (the same BSN, or name variants without one) and end up on one person with two sources.
 * BSNs are from the test range 99999xxxx; some fail the 11-test on purpose (kept unverified).
 */
@Component
class PersonsDemoData implements DemoDataSeeder {

	static final String POLICE = "Politie regio Limburg Zuid";
	static final String PROBATION = "Stichting Reclassering Nederland regio Limburg";

	private record Demo(String organisation, @Nullable String bsn, String given, @Nullable String prefix, String surname,
			String birth, String gender, String street, String number, String postalCode, String city,
			@Nullable String alias) {
	}

	private static final List<Demo> RECORDS = List.of(
			new Demo(POLICE, testBsn(1), "Johannes Petrus", "van den", "Berg", "1988-03-14", "M", "Akerstraat", "12", "6411HB", "Heerlen", null),
			new Demo(POLICE, testBsn(2), "Maria", "de", "Vries", "1992-07-01", "V", "Geleenstraat", "8", "6411HP", "Heerlen", null),
			new Demo(POLICE, null, "Kevin", null, "Janssen", "2003-11-23", "M", "Rumpenerstraat", "41", "6443BA", "Brunssum", null),
			new Demo(POLICE, "999990001", "Dirk", "van der", "Meer", "1979-02-09", "M", "Kerkstraat", "3", "6441BB", "Brunssum", null),
			new Demo(POLICE, testBsn(3), "Fatima", null, "El Amrani", "1995-05-17", "V", "Schaesbergerweg", "101", "6415AB", "Heerlen", null),
			new Demo(POLICE, null, "Ricardo", null, "Smeets", "2001-01-30", "M", "Markt", "5", "6431DD", "Hoensbroek", null),
			new Demo(POLICE, testBsn(4), "Sanne", "in 't", "Veld", "1999-09-09", "V", "Dorpstraat", "22", "6371AA", "Landgraaf", null),
			new Demo(POLICE, null, "Mohamed", null, "Bakkali", "1986-12-02", "M", "Nobelstraat", "17", "6411EN", "Heerlen", null),
			new Demo(POLICE, testBsn(5), "Jeroen", null, "Hendriks", "1975-04-21", "M", "Prins Hendriklaan", "9", "6441AC", "Brunssum", null),
			new Demo(POLICE, "999990002", "Lisa", "van", "Dijk", "2004-06-12", "V", "Heerlerbaan", "230", "6418CA", "Heerlen", null),
			new Demo(POLICE, null, "Thomas", null, "Kleuskens", "1990-10-10", "M", "Kampstraat", "14", "6163HA", "Geleen", null),
			new Demo(POLICE, testBsn(6), "Priscilla", null, "Lemmens", "1983-08-08", "V", "Hoofdstraat", "66", "6431LB", "Hoensbroek", null),
			new Demo(POLICE, null, "Youssef", "el", "Idrissi", "2002-02-22", "M", "Valkenburgerweg", "4", "6411BP", "Heerlen", null),
			new Demo(POLICE, testBsn(7), "Bianca", "van de", "Laar", "1977-12-31", "V", "Stationsstraat", "2", "6371VK", "Landgraaf", null),
			new Demo(POLICE, null, "Stefan", null, "Wetzels", "1994-03-03", "M", "Emmaplein", "7", "6441CA", "Brunssum", null),
			new Demo(POLICE, testBsn(8), "Naima", null, "Ouali", "1998-01-15", "V", "Pancratiusplein", "1", "6411JW", "Heerlen", null),
			new Demo(POLICE, null, "Patrick", "ter", "Horst", "1981-07-07", "M", "Molenweg", "19", "6433AB", "Hoensbroek", null),
			new Demo(POLICE, testBsn(9), "Esther", null, "Crombach", "1987-11-11", "V", "Kruisstraat", "50", "6461GB", "Kerkrade", null),
			new Demo(PROBATION, testBsn(10), "Marco", null, "Schreurs", "1984-04-04", "M", "Klompstraat", "10", "6462AA", "Kerkrade", null),
			new Demo(PROBATION, null, "Joyce", "van", "Loon", "1996-06-06", "V", "Putgraaf", "3", "6411GS", "Heerlen", null),
			new Demo(PROBATION, testBsn(11), "Henk", "de", "Bruijn", "1970-10-01", "M", "Brunssummerweg", "88", "6441ZZ", "Brunssum", null),
			new Demo(PROBATION, null, "Samira", null, "Aït Said", "2000-12-12", "V", "Laanderstraat", "6", "6411VA", "Heerlen", null),
			new Demo(PROBATION, "999990003", "Roy", null, "Vankan", "1989-05-05", "M", "Rennemigstraat", "1", "6412AA", "Heerlen", null),
			new Demo(PROBATION, testBsn(12), "Chantal", null, "Pluijmen", "1985-02-28", "V", "Oranjestraat", "12", "6431AB", "Hoensbroek", null),
			new Demo(PROBATION, null, "Danny", "van der", "Heijden", "1993-08-18", "M", "Ganzeweide", "31", "6413GA", "Heerlen", null),
			new Demo(PROBATION, testBsn(13), "Ilse", null, "Frijns", "1991-03-19", "V", "Julianastraat", "44", "6441DK", "Brunssum", null),
			new Demo(PROBATION, null, "Noah", null, "Dautzenberg", "2005-09-25", "M", "Hoogstraat", "2", "6371EA", "Landgraaf", null),
			new Demo(PROBATION, testBsn(14), "Wendy", "op de", "Kamp", "1978-01-01", "V", "Beekstraat", "15", "6461LB", "Kerkrade", null),
			// Duplicates of police records: the same valid BSN; name variants without a BSN.
			new Demo(PROBATION, testBsn(1), "Johannes P.", "v.d.", "Berg", "1988-03-14", "M", "Akerstraat", "12", "6411 HB", "Heerlen", null),
			new Demo(PROBATION, null, "Kevin", null, "Jansen", "2003-11-23", "M", "Rumpenerstraat", "41", "6443BA", "Brunssum", null),
			new Demo(PROBATION, null, "Mohammed", null, "Bakkali", "1986-12-02", "M", "Nobelstraat", "17", "6411EN", "Heerlen", "Mo"),
			new Demo(PROBATION, testBsn(5), "Jeroen", null, "Hendrikx", "1975-04-21", "M", "Emmaplein", "20", "6441CA", "Brunssum", null));

	private final Persons persons;
	private final OrganisationDirectory organisations;

	PersonsDemoData(Persons persons, OrganisationDirectory organisations) {
		this.persons = persons;
		this.organisations = organisations;
	}

	@Override
	public String name() {
		return "persons.demo-registry";
	}

	@Override
	public int getOrder() {
		return 300;
	}

	@Override
	public void seed() {
		UUID police = organisations.idOf(POLICE).orElseThrow();
		UUID probation = organisations.idOf(PROBATION).orElseThrow();
		int n = 0;
		for (Demo demo : RECORDS) {
			boolean fromPolice = demo.organisation().equals(POLICE);
			persons.resolve(new SourceRecord(fromPolice ? police : probation, demo.organisation(),
					(fromPolice ? "PL-DEMO-" : "RN-DEMO-") + (++n), demo.bsn(), demo.given(), demo.prefix(), demo.surname(),
					demo.alias(), LocalDate.parse(demo.birth()), demo.gender(), demo.street(), demo.number(), demo.postalCode(),
					demo.city(), LocalDate.parse(demo.birth()).plusYears(18), null));
		}
	}

	/** The n-th BSN of the test range 99999xxxx that passes the 11-test. */
	static String testBsn(int n) {
		int found = 0;
		for (int candidate = 999_990_000; candidate <= 999_999_999; candidate++) {
			if (nl.veiligheidshuis.persons.linkage.Bsn.isValid(Integer.toString(candidate)) && ++found == n) {
				return Integer.toString(candidate);
			}
		}
		throw new IllegalStateException("No test BSN left");
	}
}
