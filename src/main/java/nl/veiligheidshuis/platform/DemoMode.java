package nl.veiligheidshuis.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether this deployment is a demo: demo data are seeded and every page says so. On by default with
 * the embedded database, off with an external one unless {@code VH_DEMO=true}.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment environment) {
		String configured = environment.getProperty("vh.demo.enabled");
		this.enabled = StringUtils.hasText(configured) ? Boolean.parseBoolean(configured.trim())
				: EmbeddedDatabaseCondition.usesEmbeddedDatabase(environment);
	}

	public boolean isEnabled() {
		return enabled;
	}
}
