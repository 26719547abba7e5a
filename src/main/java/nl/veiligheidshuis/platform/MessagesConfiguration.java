package nl.veiligheidshuis.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * All user-facing text comes from {@code messages_nl.properties}. Spring Boot only configures a message
 * source when a locale-less {@code messages.properties} exists; we keep Dutch as the one bundle, so we
 * configure it here. Bean Validation messages ({@code {validation.*}}) come from the same bundle.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setDefaultLocale(DUTCH);
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Bean
	LocalValidatorFactoryBean defaultValidator(MessageSource messageSource) {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setValidationMessageSource(messageSource);
		return validator;
	}
}
