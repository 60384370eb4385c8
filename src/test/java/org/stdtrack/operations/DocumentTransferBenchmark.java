package org.stdtrack.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.support.BenchmarkData;

/**
 * A 50 MB document uploaded and downloaded over real HTTP on each database: throughput next to copying the
 * same file on the same disk (the physical reference of this machine), and how far the live heap rises
 * above its level before the transfer, next to the file's own size. The heap is sampled in separate runs,
 * forcing a collection every 100 ms, so that the throughput runs are not slowed by it.
 */
class DocumentTransferBenchmark {

    private static final int MEGABYTES = 50;
    private static final int RUNS = 5;
    private static final String SECRETARIAT = "secretary";

    @TempDir
    Path dir;

    private final StringBuilder results = new StringBuilder();

    @Test
    void fiftyMegabytesInAndOut() throws Exception {
        Path file = pdf(dir.resolve("draft-50mb.pdf"));
        String sha256 = sha256(file);
        double diskSeconds = median(() -> timed(() -> copy(file, dir.resolve("copy.pdf"))));
        results.append(
                        "| database | upload (median of " + RUNS + ") | the same chunks inserted by JDBC alone | "
                                + "download | upload heap growth | download heap growth | the same file copied on this disk |\n")
                .append("|---|---|---|---|---|---|---|\n");
        BenchmarkData.onEachDatabase(dir, (name, url, user, password) -> {
            try (ConfigurableApplicationContext app = BenchmarkData.application(url, user, password)) {
                // The demo accounts, whose passwords are their names.
                HttpApi api =
                        new HttpApi(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), u -> u);
                long id = api.register(SECRETARIAT, "Benchmark documents");
                Path back = dir.resolve("back.pdf");
                // Warm-up: the code paths compiled, the connection pools filled.
                upload(api, id, file);
                download(api, id, lastDocument(api, id), back);

                double up = median(() -> timed(() -> upload(api, id, file)));
                double database = median(() -> timed(() -> insertDirectly(app, id, file)));
                long documentId = lastDocument(api, id);
                double down = median(() -> timed(() -> download(api, id, documentId, back)));
                assertThat(sha256(back)).as("the download is the upload").isEqualTo(sha256);
                long upHeap = (long) median(() -> (double) heapGrowth(() -> upload(api, id, file)));
                long downHeap = (long) median(() -> (double) heapGrowth(() -> download(api, id, documentId, back)));
                results.append(
                        "| %s | %.2f s, %.0f MB/s | %.2f s, %.0f MB/s | %.2f s, %.0f MB/s | %d MB | %d MB | %.2f s, %.0f MB/s |%n"
                                .formatted(
                                        name,
                                        up,
                                        MEGABYTES / up,
                                        database,
                                        MEGABYTES / database,
                                        down,
                                        MEGABYTES / down,
                                        upHeap >> 20,
                                        downHeap >> 20,
                                        diskSeconds,
                                        MEGABYTES / diskSeconds));
            }
        });
        results.append("\nHeap growth (median of " + RUNS + " further runs): the most the heap held after a forced "
                + "collection, sampled every 100 ms during a transfer, above its level before it; the file itself is "
                + MEGABYTES + " MB.\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-documents.md"), results.toString());
        System.out.println(results);
    }

    /**
     * The database's own speed for the same bytes: the file's chunks written as the tracker writes them, by
     * plain JDBC in one transaction (rolled back), without HTTP, spooling or recognition.
     */
    private static void insertDirectly(ConfigurableApplicationContext app, long standardId, Path file) {
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        transaction.executeWithoutResult(status -> {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.update(
                    connection -> {
                        PreparedStatement insert = connection.prepareStatement(
                                "insert into document (standard_id, kind, version, filename, size_bytes, sha256, crc32, "
                                        + "content_type, uploaded_by, uploaded_at, stage) values "
                                        + "(?, 'OTHER', 999999, 'bench.pdf', 0, '', 0, 'application/pdf', 'bench', "
                                        + "current_timestamp, 'PRELIMINARY')",
                                new String[] {"id"});
                        insert.setLong(1, standardId);
                        return insert;
                    },
                    key);
            byte[] buffer = new byte[1 << 20];
            try (var in = Files.newInputStream(file)) {
                int position = 0;
                for (int read; (read = in.readNBytes(buffer, 0, buffer.length)) > 0; ) {
                    int length = read;
                    int at = position;
                    jdbc.update(
                            "insert into document_chunk (document_id, position, bytes) values (?, ?, ?)", statement -> {
                                statement.setLong(1, key.getKey().longValue());
                                statement.setInt(2, at);
                                statement.setBinaryStream(3, new ByteArrayInputStream(buffer, 0, length), length);
                            });
                    position++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            status.setRollbackOnly();
        });
    }

    private static void upload(HttpApi api, long id, Path file) {
        HttpApi.Answer answer = api.upload(SECRETARIAT, id, "DRAFT_FOR_REVIEW", file);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    }

    private static void download(HttpApi api, long id, long documentId, Path to) {
        HttpResponse<Path> response =
                api.download(SECRETARIAT, "/api/standards/" + id + "/documents/" + documentId + "/content", to);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static long lastDocument(HttpApi api, long id) {
        return api.get(SECRETARIAT, "/api/standards/" + id + "/documents")
                .get(0)
                .get("id")
                .asLong();
    }

    /** The most the heap held after a collection during the run, above what it held after one before. */
    private static long heapGrowth(Runnable transfer) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong highest = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                highest.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        transfer.run();
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Math.max(0, highest.get() - before);
    }

    private static double median(Supplier<Double> run) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(run.get());
        }
        Collections.sort(times);
        return times.get(RUNS / 2);
    }

    private static double timed(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            try (var channel = FileChannel.open(to, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Just under the 50 MB limit: a PDF header and trailer around random bytes, recognised as PDF and
     * incompressible like real drafts.
     */
    private static Path pdf(Path file) throws IOException {
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long body = (long) MEGABYTES * (1 << 20) - 1024 - head.length - tail.length;
        Random random = new Random(15);
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            for (long written = 0; written < body; written += block.length) {
                random.nextBytes(block);
                out.write(block, 0, (int) Math.min(block.length, body - written));
            }
            out.write(tail);
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(file)) {
            in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
