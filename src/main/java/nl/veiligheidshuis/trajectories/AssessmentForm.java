package nl.veiligheidshuis.trajectories;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An instrument's result: the plan page's form and the JSON body of
 * {@code POST /api/v1/trajectories/{trajectoryId}/assessments}. RISc: a score for each of its 12 scales and
 * the overall risk; ZRM: each of its 13 domains scored 1–5; a youth instrument: the result in words. The
 * professional's judgement is kept apart from the scores. {@code version} is the trajectory version the user saw.
 */
@AssessmentForm.Complete
public class AssessmentForm {

	static final int MAX_TEXT = 4000;

	@NotNull(message = "{trajectory.assessment.instrument.required}")
	private @Nullable Instrument instrument;
	@NotNull(message = "{trajectory.assessment.assessedOn.required}")
	@PastOrPresent(message = "{trajectory.assessment.assessedOn.future}")
	private @Nullable LocalDate assessedOn;
	private Map<String, @Nullable Integer> scores = new LinkedHashMap<>();
	private @Nullable RiskLevel overallRisk;
	@Size(max = MAX_TEXT, message = "{validation.size}")
	private @Nullable String result;
	@Size(max = MAX_TEXT, message = "{validation.size}")
	private @Nullable String judgement;
	@NotNull(message = "{trajectory.version.required}")
	private @Nullable Long version;

	public @Nullable Instrument getInstrument() {
		return instrument;
	}

	public void setInstrument(@Nullable Instrument instrument) {
		this.instrument = instrument;
	}

	public @Nullable LocalDate getAssessedOn() {
		return assessedOn;
	}

	public void setAssessedOn(@Nullable LocalDate assessedOn) {
		this.assessedOn = assessedOn;
	}

	public Map<String, @Nullable Integer> getScores() {
		return scores;
	}

	public void setScores(@Nullable Map<String, @Nullable Integer> scores) {
		this.scores = scores == null ? new LinkedHashMap<>() : new LinkedHashMap<>(scores);
	}

	public @Nullable RiskLevel getOverallRisk() {
		return overallRisk;
	}

	public void setOverallRisk(@Nullable RiskLevel overallRisk) {
		this.overallRisk = overallRisk;
	}

	public @Nullable String getResult() {
		return result;
	}

	public void setResult(@Nullable String result) {
		this.result = result;
	}

	public @Nullable String getJudgement() {
		return judgement;
	}

	public void setJudgement(@Nullable String judgement) {
		this.judgement = judgement;
	}

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

	/** The scores as the instrument defines them (every item present and in range: the form was validated). */
	Map<String, Integer> validScores() {
		Map<String, Integer> valid = new LinkedHashMap<>();
		if (instrument != null) {
			instrument.items().forEach(item -> valid.put(item, java.util.Objects.requireNonNull(scores.get(item))));
		}
		return valid;
	}

	/** What the chosen instrument needs: its scores in range and nothing else, RISc's overall risk, a youth instrument's result. */
	@Documented
	@Constraint(validatedBy = CompleteCheck.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface Complete {

		String message() default "{trajectory.assessment.score.required}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};
	}

	static final class CompleteCheck implements ConstraintValidator<Complete, AssessmentForm> {

		@Override
		public boolean isValid(AssessmentForm form, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			Instrument instrument = form.instrument;
			if (instrument == null) {
				return true;
			}
			boolean valid = true;
			for (String item : instrument.items()) {
				Integer score = form.scores.get(item);
				if (score == null) {
					valid = StartForm.violation(context, "scores[" + item + "]", "{trajectory.assessment.score.required}");
				}
				else if (score < instrument.lowest() || score > instrument.highest()) {
					valid = StartForm.violation(context, "scores[" + item + "]",
							instrument == Instrument.ZRM ? "{trajectory.assessment.score.zrm}" : "{trajectory.assessment.score.risc}");
				}
			}
			for (Map.Entry<String, @Nullable Integer> score : form.scores.entrySet()) {
				if (!instrument.items().contains(score.getKey()) && score.getValue() != null) {
					valid = StartForm.violation(context, "scores[" + score.getKey() + "]", "{trajectory.assessment.score.unknown}");
				}
			}
			if (instrument == Instrument.RISC && form.overallRisk == null) {
				valid = StartForm.violation(context, "overallRisk", "{trajectory.assessment.overallRisk.required}");
			}
			if (instrument.youth() && (form.result == null || form.result.isBlank())) {
				valid = StartForm.violation(context, "result", "{trajectory.assessment.result.required}");
			}
			return valid;
		}
	}
}
