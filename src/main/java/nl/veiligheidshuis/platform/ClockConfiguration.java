package nl.veiligheidshuis.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of "now": domain code takes this {@link Clock}, so deadline rules are tested with a fixed clock. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** The house works in Dutch time; instants are stored in UTC. */
	public static final ZoneId HOUSE_ZONE = ZoneId.of("Europe/Amsterdam");

	@Bean
	Clock clock() {
		return Clock.system(HOUSE_ZONE);
	}
}
