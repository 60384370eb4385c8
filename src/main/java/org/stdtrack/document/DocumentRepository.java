package org.stdtrack.document;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.stdtrack.standard.Stage;

/**
 * Documents' records and their bytes. The bytes are rows of at most {@link #CHUNK} bytes each, written
 * and read one at a time: neither database driver then holds a whole file (PostgreSQL's reads a
 * {@code bytea} value whole), and a download needs no connection held while the client reads.
 */
@Repository
class DocumentRepository {

    static final int CHUNK = 1 << 20;

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A document to store: of a standard (and its stage) or about another subject, never both. */
    record NewDocument(
            Long standardId,
            String subject,
            DocumentKind kind,
            String filename,
            long size,
            String sha256,
            long crc32,
            DocumentFormat format,
            String uploadedBy,
            Instant uploadedAt,
            Stage stage) {}

    /** Stores the record as the kind's next version and the bytes after it; in the caller's transaction. */
    long insert(NewDocument d, InputStream bytes) throws IOException {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from document where "
                        + (d.standardId() != null ? "standard_id" : "subject") + " = ? and kind = ?")
                .params(
                        d.standardId() != null ? d.standardId() : d.subject(),
                        d.kind().name())
                .query(Integer.class)
                .single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into document (standard_id, subject, kind, version, filename, size_bytes, sha256, crc32,
                    content_type, uploaded_by, uploaded_at, stage)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        d.standardId(),
                        d.subject(),
                        d.kind().name(),
                        version,
                        d.filename(),
                        d.size(),
                        d.sha256(),
                        d.crc32(),
                        d.format().mediaType(),
                        d.uploadedBy(),
                        toDb(d.uploadedAt()),
                        d.stage() == null ? null : d.stage().name())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        byte[] buffer = new byte[CHUNK];
        int position = 0;
        int read;
        while ((read = bytes.readNBytes(buffer, 0, CHUNK)) > 0) {
            jdbc.sql("insert into document_chunk (document_id, position, bytes) values (?, ?, ?)")
                    .params(id, position++, stream(buffer, read))
                    .update();
        }
        return id;
    }

    /**
     * The chunk as a stream of known length: H2 then writes it to its LOB storage as it reads it, and
     * PostgreSQL's driver sends it as {@code bytea}; neither keeps another copy.
     */
    private static SqlTypeValue stream(byte[] buffer, int length) {
        return (statement, index, sqlType, typeName) ->
                statement.setBinaryStream(index, new ByteArrayInputStream(buffer, 0, length), length);
    }

    /** Every version of every kind, newest first within each kind. */
    List<Document> of(long standardId) {
        return list("standard_id", standardId);
    }

    Optional<Document> find(long standardId, long documentId) {
        return one("standard_id", standardId, documentId);
    }

    /** Every version of every kind about a subject that is not a standard, newest first within each kind. */
    List<Document> about(String subject) {
        return list("subject", subject);
    }

    Optional<Document> findAbout(String subject, long documentId) {
        return one("subject", subject, documentId);
    }

    /** The documents of one owner, by its column ({@code standard_id} or {@code subject}, never input). */
    private List<Document> list(String owner, Object key) {
        return jdbc.sql("select * from document where " + owner + " = ? order by kind, version desc")
                .param(key)
                .query(this::document)
                .list();
    }

    private Optional<Document> one(String owner, Object key, long documentId) {
        return jdbc.sql("select * from document where " + owner + " = ? and id = ?")
                .params(key, documentId)
                .query(this::document)
                .optional();
    }

    /** Writes the document's bytes chunk by chunk, each read on its own. */
    void copy(long documentId, OutputStream out) throws IOException {
        int chunks = jdbc.sql("select count(*) from document_chunk where document_id = ?")
                .param(documentId)
                .query(Integer.class)
                .single();
        for (int position = 0; position < chunks; position++) {
            out.write(jdbc.sql("select bytes from document_chunk where document_id = ? and position = ?")
                    .params(documentId, position)
                    .query(byte[].class)
                    .single());
        }
    }

    private Document document(ResultSet rs, int row) throws SQLException {
        return new Document(
                rs.getLong("id"),
                rs.getObject("standard_id") == null ? null : rs.getLong("standard_id"),
                rs.getString("subject"),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getInt("version"),
                rs.getString("filename"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getLong("crc32"),
                rs.getString("content_type"),
                rs.getString("uploaded_by"),
                instant(rs, "uploaded_at"),
                rs.getString("stage") == null ? null : Stage.valueOf(rs.getString("stage")));
    }
}
