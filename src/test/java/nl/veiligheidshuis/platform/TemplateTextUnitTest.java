package nl.veiligheidshuis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word a user reads comes from messages_nl.properties: templates hold no literal text outside
 * elements whose text Thymeleaf replaces, no literal user-facing attributes, and every message key they
 * use exists.
 */
class TemplateTextUnitTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** An element whose whole content Thymeleaf replaces; its literal content is a design-time placeholder. */
	private static final Pattern REPLACED_ELEMENT = Pattern.compile(
			"<([a-zA-Z0-9]+)\\b[^>]*\\bth:(?:u?text|errors)=\"[^\"]*\"[^>]*>.*?</\\1>", Pattern.DOTALL);
	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
	private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);
	private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile(
			"(?<![:\\w-])(?:aria-label|title|alt|placeholder|aria-description|value)=\"([^\"]*[A-Za-z][^\"]*)\"");
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)(?:\\(|})");

	@Test
	void templates_contain_no_hard_coded_text() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template, StandardCharsets.UTF_8);
			String withoutReplaced = html;
			String previous;
			do {
				previous = withoutReplaced;
				withoutReplaced = REPLACED_ELEMENT.matcher(COMMENT.matcher(withoutReplaced).replaceAll(""))
					.replaceAll("");
			}
			while (!withoutReplaced.equals(previous));
			String text = TAG.matcher(withoutReplaced).replaceAll(" ").replaceAll("&[a-z]+;", " ").strip();
			if (text.chars().anyMatch(Character::isLetter)) {
				problems.add(TEMPLATES.relativize(template) + ": text \"" + text.replaceAll("\\s+", " ") + "\"");
			}
			Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				problems.add(TEMPLATES.relativize(template) + ": attribute " + attribute.group());
			}
		}
		assertThat(problems).as("hard-coded user-facing text in templates").isEmpty();
	}

	@Test
	void every_message_key_used_in_a_template_exists() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages_nl.properties"))) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (key.find()) {
				if (!messages.containsKey(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).as("message keys missing from messages_nl.properties").isEmpty();
	}

	@Test
	void no_message_key_is_defined_twice() throws IOException {
		List<String> keys = Files.readAllLines(Path.of("src/main/resources/messages_nl.properties"), StandardCharsets.UTF_8)
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
			.map(line -> line.substring(0, line.indexOf('=')).strip())
			.toList();
		assertThat(keys).as("message keys defined more than once").doesNotHaveDuplicates();
	}

	@Test
	void the_check_finds_hard_coded_text() {
		String html = "<p th:text=\"#{a}\">Vervangen</p><p>Hard gecodeerd</p>";
		String remaining = TAG.matcher(REPLACED_ELEMENT.matcher(html).replaceAll("")).replaceAll(" ").strip();
		assertThat(remaining).isEqualTo("Hard gecodeerd");
		assertThat(LITERAL_ATTRIBUTE.matcher("<nav aria-label=\"Menu\">").find()).isTrue();
		assertThat(LITERAL_ATTRIBUTE.matcher("<nav th:aria-label=\"#{menu}\">").find()).isFalse();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}
}
