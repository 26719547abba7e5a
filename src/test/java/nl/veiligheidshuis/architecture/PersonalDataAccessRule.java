package nl.veiligheidshuis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchRule;

import nl.veiligheidshuis.platform.PersonalData;

/** The rule: a public service method that returns personal data is guarded by method security. */
final class PersonalDataAccessRule {

	private PersonalDataAccessRule() {
	}

	static final DescribedPredicate<JavaMethod> RETURN_PERSONAL_DATA = DescribedPredicate.describe(
			"return personal data", method -> carriesPersonalData(method.getReturnType()));

	/** Spring beans of the application: @Service and @Component classes (not controllers, which call them). */
	static final DescribedPredicate<JavaMethod> IN_A_SERVICE = DescribedPredicate.describe("declared in a service",
			method -> method.getOwner().isAnnotatedWith(Service.class) || method.getOwner().isAnnotatedWith(Component.class));

	static final ArchRule RULE = methods().that().arePublic()
		.and(IN_A_SERVICE)
		.and(RETURN_PERSONAL_DATA)
		.should().beAnnotatedWith(PreAuthorize.class)
		.orShould().beAnnotatedWith(PostAuthorize.class)
		.because("need-to-know is enforced on the server for every read of personal data (DESIGN.md §4 rule 8)")
		.allowEmptyShould(true);

	/** The type itself, or any type argument (Optional, List, Page …), is marked {@link PersonalData}. */
	private static boolean carriesPersonalData(JavaType type) {
		JavaClass raw = type.toErasure();
		if (raw.isAnnotatedWith(PersonalData.class)) {
			return true;
		}
		if (raw.isArray() && raw.getComponentType().isAnnotatedWith(PersonalData.class)) {
			return true;
		}
		return type instanceof JavaParameterizedType parameterized
				&& parameterized.getActualTypeArguments().stream().anyMatch(PersonalDataAccessRule::carriesPersonalData);
	}
}
