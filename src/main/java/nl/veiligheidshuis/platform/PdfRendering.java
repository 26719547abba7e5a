package nl.veiligheidshuis.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Renders a Thymeleaf template to PDF with openhtmltopdf (DESIGN.md §5), so a PDF says what the page says, in
 * Dutch from messages_nl.properties. The template must be well-formed XHTML and style with inline
 * {@code style} attributes; it gets only the variables given (no request, no beans), so dates come formatted
 * or as {@code dates} passed in.
 */
@Component
public class PdfRendering {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final ITemplateEngine templates;
	private final DateFormats dates;

	PdfRendering(ITemplateEngine templates, DateFormats dates) {
		this.templates = templates;
		this.dates = dates;
	}

	/** The PDF of a template; the variable {@code dates} ({@link DateFormats}) is always there. */
	public byte[] render(String template, Map<String, ? extends @Nullable Object> variables) {
		Context context = new Context(DUTCH);
		context.setVariables(new HashMap<>(variables));
		context.setVariable("dates", dates);
		String html = templates.process(template, context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			// Inline <svg> (charts) is drawn by Batik; without a drawer openhtmltopdf leaves it out.
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return pdf.toByteArray();
	}
}
