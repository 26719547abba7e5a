package nl.veiligheidshuis.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.DemoDataSeeder;

/**
 * One demo user per role, with synthetic names. Their shared password is {@code vh.demo.password} when
 * set (tests), otherwise generated once and written, with the user names, to the demo credentials file
 * ({@code vh.demo.credentials-file}, readable by the owner only): no password is in the repository.
 */
@Component
class IdentityDemoData implements DemoDataSeeder {

	private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

	record DemoUser(String username, String displayName, String organisation, Set<Role> roles) {
	}

	static final List<DemoUser> DEMO_USERS = List.of(
			new DemoUser("im.demo", "Ingrid Maas", "Veiligheidshuis Heerlen (bedrijfsbureau)",
					EnumSet.of(Role.INTERVENTION_MANAGER)),
			new DemoUser("im2.demo", "Youssef Bakker", "Veiligheidshuis Heerlen (bedrijfsbureau)",
					EnumSet.of(Role.INTERVENTION_MANAGER)),
			new DemoUser("secretariaat.demo", "Sanne Vos", "Veiligheidshuis Heerlen (bedrijfsbureau)",
					EnumSet.of(Role.SECRETARIAT)),
			new DemoUser("manager.demo", "Mark de Wit", "Gemeente Heerlen", EnumSet.of(Role.HOUSE_MANAGER)),
			new DemoUser("politie.demo", "Pieter Smeets", "Politie regio Limburg Zuid",
					EnumSet.of(Role.PARTNER_PROFESSIONAL)),
			new DemoUser("reclassering.demo", "Rana El Idrissi", "Stichting Reclassering Nederland regio Limburg",
					EnumSet.of(Role.PARTNER_PROFESSIONAL)),
			new DemoUser("stuurgroep.demo", "Sjef Hendriks", "Arrondissementsparket Openbaar Ministerie Maastricht",
					EnumSet.of(Role.STEERING_GROUP_MEMBER)),
			new DemoUser("beheer.demo", "Bram Janssen", "Veiligheidshuis Heerlen (bedrijfsbureau)",
					EnumSet.of(Role.FUNCTIONAL_ADMINISTRATOR)));

	private final UserAccounts accounts;
	private final PartnerOrganisations partners;
	private final Environment environment;

	IdentityDemoData(UserAccounts accounts, PartnerOrganisations partners, Environment environment) {
		this.accounts = accounts;
		this.partners = partners;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "identity.demo-users";
	}

	@Override
	public int getOrder() {
		return 200;
	}

	@Override
	public void seed() {
		String configured = environment.getProperty("vh.demo.password");
		String password = StringUtils.hasText(configured) ? configured : generatePassword();
		List<String> lines = new ArrayList<>();
		lines.add("Demo-accounts van Veiligheidshuis (synthetische gebruikers, alleen voor demonstratie)");
		lines.add("Wachtwoord voor alle demo-accounts: " + password);
		lines.add("");
		for (DemoUser user : DEMO_USERS) {
			if (!accounts.exists(user.username())) {
				accounts.create(user.username(), user.displayName(), partners.findByName(user.organisation()).orElseThrow(),
						user.roles(), password);
			}
			lines.add(user.username() + "  —  " + user.displayName() + ", " + user.organisation() + " " + user.roles());
		}
		if (!StringUtils.hasText(configured)) {
			writeCredentials(Path.of(environment.getRequiredProperty("vh.demo.credentials-file")), lines);
		}
	}

	private static String generatePassword() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

	/** Writes a file readable by its owner only. */
	static void writeCredentials(Path file, List<String> lines) {
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.write(file, lines, StandardCharsets.UTF_8);
			log.info("Demo-toegangsgegevens staan in {}", file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the demo credentials file " + file, e);
		}
	}
}
