package nl.veiligheidshuis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;

/** Method security on every service method that returns personal data (Identity issue, item 5). */
class PersonalDataAccessArchitectureTest {

	@Test
	void every_service_method_returning_personal_data_is_guarded_by_method_security() {
		JavaClasses application = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("nl.veiligheidshuis");

		PersonalDataAccessRule.RULE.check(application);
	}

	@Test
	void the_rule_finds_an_unguarded_method_and_accepts_guarded_ones() {
		JavaClasses fixture = new ClassFileImporter().importPackages("nl.veiligheidshuis.architecture.fixture");

		EvaluationResult result = PersonalDataAccessRule.RULE.evaluate(fixture);

		assertThat(result.getFailureReport().getDetails())
			.hasSize(2)
			.anySatisfy(line -> assertThat(line).contains("UnguardedPersonService.find("))
			.anySatisfy(line -> assertThat(line).contains("UnguardedPersonService.search("));
	}
}
