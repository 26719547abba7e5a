package nl.veiligheidshuis.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A minimal one-page PDF with a few lines of text, for the synthetic documents of the demo house. */
public final class DemoPdf {

	private DemoPdf() {
	}

	public static byte[] withText(String... lines) {
		StringBuilder text = new StringBuilder("BT /F1 12 Tf 56 780 Td 16 TL");
		for (String line : lines) {
			text.append(" (").append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")).append(") '");
		}
		text.append(" ET");
		byte[] stream = text.toString().getBytes(StandardCharsets.ISO_8859_1);
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
				"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
				"<< /Length " + stream.length + " >>\nstream\n" + new String(stream, StandardCharsets.ISO_8859_1) + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		List<Integer> offsets = new ArrayList<>();
		write(pdf, "%PDF-1.4\n");
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.size());
			write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		int xref = pdf.size();
		write(pdf, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		for (int offset : offsets) {
			write(pdf, String.format("%010d 00000 n \n", offset));
		}
		write(pdf, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
		return pdf.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}
}
