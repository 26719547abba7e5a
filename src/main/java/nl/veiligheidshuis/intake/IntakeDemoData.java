package nl.veiligheidshuis.intake;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DemoDataSeeder;

/**
 * A synthetic police offender list for the demo house: antecedents of the demo registry's persons and of
 * some more, shaped so that a selection run today finds every category (very active prolific offenders,
 * prolific, repeat and youth prolific offenders, first offenders) and persons who fall outside them.
 * Imported through the real import and resolved to persons at once. Every name and number is made up.
 */
@Component
class IntakeDemoData implements DemoDataSeeder {

	/** A person of the list and the shape of their record: antecedents in the last 12 months, in the 5 years before, and older. */
	private record Offender(@Nullable String bsn, String given, @Nullable String prefix, String surname, LocalDate birth,
			String gender, String street, String number, String postalCode, String city, int recent, int fiveYears, int older,
			String mainCategory) {
	}

	private final PoliceAntecedentImport importer;
	private final AntecedentResolution resolution;
	private final Clock clock;

	IntakeDemoData(PoliceAntecedentImport importer, AntecedentResolution resolution, Clock clock) {
		this.importer = importer;
		this.resolution = resolution;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "intake.demo-police-list";
	}

	@Override
	public int getOrder() {
		return 400;
	}

	@Override
	public void seed() {
		LocalDate today = LocalDate.now(clock);
		List<Offender> offenders = offenders(today);
		Random random = new Random(2006);
		StringBuilder csv = new StringBuilder(String.join(";", PoliceAntecedentImport.COLUMNS)).append('\n');
		int n = 0;
		for (Offender o : offenders) {
			for (int k = 0; k < o.recent() + o.fiveYears() + o.older(); k++) {
				int daysAgo = k < o.recent() ? 5 + random.nextInt(330)
						: k < o.recent() + o.fiveYears() ? 380 + random.nextInt(1400) : 1900 + random.nextInt(2500);
				LocalDate date = today.minusDays(daysAgo);
				if (date.isBefore(o.birth().plusYears(12))) {
					date = o.birth().plusYears(12).plusDays(random.nextInt(200));
				}
				String category = random.nextInt(3) == 0 ? CATEGORIES[random.nextInt(CATEGORIES.length)] : o.mainCategory();
				csv.append(String.join(";", "DEMO-PL-" + (++n), o.bsn() == null ? "" : o.bsn(),
						o.prefix() == null ? "" : o.prefix(), o.surname(), o.given(), o.birth().toString(), o.gender(),
						o.street(), o.number(), o.postalCode(), o.city(), date.toString(), "F" + (100 + random.nextInt(800)),
						category)).append('\n');
			}
		}
		ImportReport report = importer.importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
				false, null);
		UUID importId = report.importId();
		while (resolution.resolveBatch(importId) > 0) {
			// resolve the whole demo list now, so that the demo house shows it linked at once
		}
	}

	private static final String[] CATEGORIES = { "property", "violence", "vandalism", "public_order", "drugs",
			"domestic_violence", "weapons", "traffic", "other" };

	/** The demo registry's persons (same data as the persons module's demo) and more. */
	private static List<Offender> offenders(LocalDate today) {
		return List.of(
				// very active prolific offenders: more than 10 in the last five years, the last one recent
				new Offender(null, "Gijs", null, "Hermans", LocalDate.of(1987, 6, 30), "M", "Akerstraat", "40", "6411HC", "Heerlen", 4, 10, 3, "property"),
				new Offender(null, "Mohamed", null, "Bakkali", LocalDate.of(1986, 12, 2), "M", "Nobelstraat", "17", "6411EN", "Heerlen", 5, 9, 6, "drugs"),
				new Offender(null, "Ricardo", null, "Smeets", LocalDate.of(2001, 1, 30), "M", "Markt", "5", "6431DD", "Hoensbroek", 3, 11, 0, "violence"),
				new Offender(null, "Stefan", null, "Wetzels", LocalDate.of(1994, 3, 3), "M", "Emmaplein", "7", "6441CA", "Brunssum", 6, 8, 2, "property"),
				new Offender(null, "Danny", "van der", "Heijden", LocalDate.of(1993, 8, 18), "M", "Ganzeweide", "31", "6413GA", "Heerlen", 2, 12, 1, "vandalism"),
				// prolific offenders: more than 10 in the whole record, fewer in the last five years
				new Offender(null, "Patrick", "ter", "Horst", LocalDate.of(1981, 7, 7), "M", "Molenweg", "19", "6433AB", "Hoensbroek", 1, 4, 9, "property"),
				new Offender(null, "Henk", "de", "Bruijn", LocalDate.of(1970, 10, 1), "M", "Brunssummerweg", "88", "6441ZZ", "Brunssum", 2, 3, 12, "public_order"),
				// repeat offenders: 2 to 10, one in the last 12 months
				new Offender(null, "Kevin", null, "Janssen", LocalDate.of(2003, 11, 23), "M", "Rumpenerstraat", "41", "6443BA", "Brunssum", 2, 3, 0, "vandalism"),
				new Offender(null, "Thomas", null, "Kleuskens", LocalDate.of(1990, 10, 10), "M", "Kampstraat", "14", "6163HA", "Geleen", 1, 4, 2, "violence"),
				new Offender(null, "Youssef", "el", "Idrissi", LocalDate.of(2002, 2, 22), "M", "Valkenburgerweg", "4", "6411BP", "Heerlen", 3, 2, 0, "drugs"),
				new Offender("999990056", "Priscilla", null, "Lemmens", LocalDate.of(1983, 8, 8), "V", "Hoofdstraat", "66", "6431LB", "Hoensbroek", 1, 1, 1, "property"),
				new Offender(null, "Ruud", null, "Voncken", LocalDate.of(1989, 7, 15), "M", "Rennemigstraat", "9", "6412AB", "Heerlen", 2, 5, 1, "domestic_violence"),
				new Offender(null, "Marco", null, "Schreurs", LocalDate.of(1984, 4, 4), "M", "Klompstraat", "10", "6462AA", "Kerkrade", 1, 3, 3, "weapons"),
				new Offender(null, "Joyce", "van", "Loon", LocalDate.of(1996, 6, 6), "V", "Putgraaf", "3", "6411GS", "Heerlen", 1, 2, 0, "property"),
				new Offender(null, "Sven", null, "Houben", LocalDate.of(1997, 4, 12), "M", "Schaapskooi", "9", "6461EW", "Kerkrade", 2, 4, 0, "violence"),
				new Offender(null, "Angelique", null, "Notermans", LocalDate.of(1991, 9, 30), "V", "Bleijerheiderstraat", "77", "6466AA", "Kerkrade", 1, 2, 0, "drugs"),
				new Offender(null, "Gerrit", "van", "Wijk", LocalDate.of(1968, 2, 29), "M", "Voerendaalseweg", "5", "6371BA", "Landgraaf", 1, 1, 5, "domestic_violence"),
				// youth prolific offenders: 12 to 17, more than five, the last one recent
				new Offender(null, "Jayden", null, "Ramakers", today.minusYears(16).minusDays(40), "M", "Kloosterweg", "21", "6412CN", "Heerlen", 4, 3, 0, "property"),
				new Offender(null, "Milan", null, "Bosch", today.minusYears(15).minusDays(100), "M", "Oude Kerkstraat", "3", "6441EG", "Brunssum", 3, 4, 0, "vandalism"),
				new Offender(null, "Naomi", null, "Kessels", today.minusYears(17).minusDays(200), "V", "Heigank", "44", "6373BA", "Landgraaf", 4, 2, 0, "violence"),
				new Offender(null, "Luuk", null, "Coenen", today.minusYears(18).plusDays(12), "M", "Akerstraat Noord", "150", "6431HN", "Hoensbroek", 2, 4, 0, "property"),
				// first offenders: exactly one
				new Offender(null, "Sanne", "in 't", "Veld", LocalDate.of(1999, 9, 9), "V", "Dorpstraat", "22", "6371AA", "Landgraaf", 1, 0, 0, "traffic"),
				new Offender(null, "Esther", null, "Crombach", LocalDate.of(1987, 11, 11), "V", "Kruisstraat", "50", "6461GB", "Kerkrade", 0, 1, 0, "property"),
				new Offender(null, "Tim", null, "Lardinois", today.minusYears(14).minusDays(80), "M", "Pastoor Kochstraat", "8", "6432BP", "Hoensbroek", 1, 0, 0, "vandalism"),
				new Offender(null, "Bram", null, "Pelzer", LocalDate.of(2000, 5, 20), "M", "Hoogstraat", "70", "6461AA", "Kerkrade", 0, 0, 1, "drugs"),
				// outside every category: old records only
				new Offender(null, "Wendy", "op de", "Kamp", LocalDate.of(1978, 1, 1), "V", "Beekstraat", "15", "6461LB", "Kerkrade", 0, 2, 3, "property"),
				new Offender(null, "Dirk", "van der", "Meer", LocalDate.of(1979, 2, 9), "M", "Kerkstraat", "3", "6441BB", "Brunssum", 0, 0, 14, "property"));
	}
}
