package nl.veiligheidshuis.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

/** The OpenAPI document at {@code /api/v1/openapi.json} (Dutch REST API Design Rules: public, versioned). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI veiligheidshuisOpenApi(@Value("${vh.api.version}") String version) {
		return new OpenAPI()
			.info(new Info().title("Veiligheidshuis API")
				.version(version)
				.description("REST API van Veiligheidshuis: casusregie voor (Zorg- en) Veiligheidshuizen.")
				.license(new License().name("EUPL-1.2")))
			.addServersItem(new Server().url("/").description("Deze installatie"));
	}
}
