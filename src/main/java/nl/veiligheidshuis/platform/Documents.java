package nl.veiligheidshuis.platform;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The document store: signed declarations and covenants, PDF only. A document is checked by its content
 * (the magic bytes {@code %PDF-}), never by the name or the content type the browser claims, limited in
 * size ({@code vh.documents.max-size}, default 20 MB) and kept in PostgreSQL with its SHA-256. Documents
 * are only ever served as an attachment of type {@code application/pdf} ({@link DocumentController}).
 */
@Service
public class Documents {

	static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private final JdbcClient jdbc;
	private final Clock clock;
	private final DataSize maxSize;

	Documents(JdbcClient jdbc, Clock clock, @Value("${vh.documents.max-size:20MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	public DataSize maxSize() {
		return maxSize;
	}

	/**
	 * Stores an uploaded PDF, in the caller's transaction (so a later failure of the caller stores nothing).
	 *
	 * @throws DocumentRejected when the upload is missing, empty, too large or not a PDF
	 */
	@Transactional
	public DocumentId store(@Nullable MultipartFile upload, String uploadedBy) {
		if (upload == null || upload.isEmpty()) {
			throw new DocumentRejected("document.missing");
		}
		if (upload.getSize() > maxSize.toBytes()) {
			throw new DocumentRejected("document.tooLarge");
		}
		byte[] content;
		try (InputStream in = upload.getInputStream()) {
			content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize.toBytes() + 1));
		}
		catch (IOException unreadable) {
			throw new DocumentRejected("document.unreadable");
		}
		return store(fileNameOf(upload.getOriginalFilename()), content, uploadedBy);
	}

	/** Stores a PDF given as bytes (demo data, imports). */
	@Transactional
	public DocumentId store(String fileName, byte[] content, String uploadedBy) {
		if (content.length == 0) {
			throw new DocumentRejected("document.missing");
		}
		if (content.length > maxSize.toBytes()) {
			throw new DocumentRejected("document.tooLarge");
		}
		if (!isPdf(content)) {
			throw new DocumentRejected("document.notPdf");
		}
		DocumentId id = DocumentId.random();
		jdbc.sql("""
				INSERT INTO platform_document (id, file_name, size, sha256, content, uploaded_by, uploaded_at)
				VALUES (:id, :name, :size, :sha, :content, :by, :at)""")
			.param("id", id.value())
			.param("name", fileNameOf(fileName))
			.param("size", (long) content.length)
			.param("sha", sha256(content))
			.param("content", content)
			.param("by", uploadedBy)
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<StoredDocument> find(DocumentId id) {
		return jdbc.sql("SELECT id, file_name, size, sha256, uploaded_by, uploaded_at FROM platform_document WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> new StoredDocument(new DocumentId(rs.getObject("id", UUID.class)), rs.getString("file_name"),
					rs.getLong("size"), rs.getString("sha256"), rs.getString("uploaded_by"),
					rs.getObject("uploaded_at", OffsetDateTime.class)))
			.optional();
	}

	@Transactional(readOnly = true)
	Optional<byte[]> content(DocumentId id) {
		return jdbc.sql("SELECT content FROM platform_document WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> rs.getBytes("content"))
			.optional();
	}

	static boolean isPdf(byte[] content) {
		return content.length >= PDF_MAGIC.length
				&& Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC);
	}

	/** The last path segment, without control characters or quotes, at most 200 characters; always ending in .pdf. */
	static String fileNameOf(@Nullable String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "document";
		}
		if (name.length() > 200) {
			name = name.substring(0, 200);
		}
		return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
