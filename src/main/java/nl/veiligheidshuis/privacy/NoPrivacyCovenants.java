package nl.veiligheidshuis.privacy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.veiligheidshuis.partners.PartnerOrganisationId;

/** No covenant recorded yet: nobody outside the house's own roles may receive client data. */
@Configuration(proxyBeanMethods = false)
class NoPrivacyCovenants {

	@Bean
	@ConditionalOnMissingBean(PrivacyCovenants.class)
	PrivacyCovenants privacyCovenants() {
		return (PartnerOrganisationId organisation, String targetGroup) -> false;
	}
}
