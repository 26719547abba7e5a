package nl.veiligheidshuis.identity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DemoDataSeeder;

/**
 * One personal API token per demo account, valid for the longest time allowed, written with the user
 * names to the demo API tokens file ({@code vh.demo.api-tokens-file}, readable by the owner only), so
 * that the API can be tried at once. The tokens exist only there and as hashes in the database.
 */
@Component
class ApiTokensDemoData implements DemoDataSeeder {

	private final ApiTokens apiTokens;
	private final UserAccounts accounts;
	private final Environment environment;

	ApiTokensDemoData(ApiTokens apiTokens, UserAccounts accounts, Environment environment) {
		this.apiTokens = apiTokens;
		this.accounts = accounts;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "identity.demo-api-tokens";
	}

	@Override
	public int getOrder() {
		return 210;
	}

	@Override
	public void seed() {
		List<String> lines = new ArrayList<>();
		lines.add("API-tokens van de demo-accounts (synthetische gebruikers, alleen voor demonstratie)");
		lines.add("Gebruik: Authorization: Bearer <token>");
		lines.add("");
		for (IdentityDemoData.DemoUser demoUser : IdentityDemoData.DEMO_USERS) {
			SignedInUser user = (SignedInUser) accounts.loadUserByUsername(demoUser.username());
			String token = apiTokens.create(user, "Demo-token", apiTokens.latestExpiryDate()).value();
			lines.add(demoUser.username() + "  " + token);
		}
		IdentityDemoData.writeCredentials(Path.of(environment.getRequiredProperty("vh.demo.api-tokens-file")), lines);
	}
}
