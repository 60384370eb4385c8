package org.stdtrack.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stdtrack.forecast.BandPoint;
import org.stdtrack.forecast.ProgrammeHistory;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.standard.Stage;

/**
 * The dashboard's pictures, drawn on the server as SVG (no script): the burn-up of publications against the
 * target with the forecast's band, and the count at each stage month by month. Each chart comes with the
 * numbers it draws, for the table beside it.
 */
@Component
public class ProgrammeCharts {

    static final int WIDTH = 720;
    static final int HEIGHT = 300;
    static final int LEFT = 48;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 36;

    /** The stages the timeline follows: the development stages, and published (in force, under review). */
    static final List<String> TIMELINE =
            List.of("PRELIMINARY", "PROPOSAL", "DRAFTING", "CONSULTATION", "TECHNICAL_REVIEW", "APPROVAL", "PUBLISHED");

    public record Tick(double at, String label) {}

    /** A line through points ("x,y x,y ..."), its stage or role for the stylesheet and the legend. */
    public record Line(String key, String points) {}

    public record Frame(List<Tick> xTicks, List<Tick> yTicks, double bottom, double right) {}

    /** One month of the burn-up: published by its end (null in the future), and the forecast band. */
    public record BurnUpRow(LocalDate month, Long published, Integer p10, Integer p50, Integer p90) {}

    public record BurnUp(
            Frame frame,
            Line published,
            Line median,
            String band,
            double targetY,
            double deadlineX,
            double todayX,
            int target,
            LocalDate deadline,
            List<BurnUpRow> rows) {}

    public record TimelineRow(LocalDate month, Map<String, Long> counts) {}

    public record Timeline(Frame frame, List<Line> lines, List<TimelineRow> rows) {}

    private final ProgrammeHistory history;
    private final ProgrammeClock clock;

    ProgrammeCharts(ProgrammeHistory history, ProgrammeClock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** Publications month by month against the target, with the forecast's band from today to the deadline. */
    public BurnUp burnUp(String programme, int target, LocalDate deadline, List<BandPoint> forecastBand) {
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, clock.zone());
        LocalDate start = history.firstEvent(programme)
                .map(first -> LocalDate.ofInstant(first, clock.zone()))
                .orElse(today)
                .withDayOfMonth(1);
        LocalDate end = deadline.isAfter(today) ? deadline : today;
        List<Instant> publications =
                history.firstPublication(programme).values().stream().sorted().toList();
        List<BurnUpRow> rows = new ArrayList<>();
        Map<LocalDate, BandPoint> band = forecastBand.stream().collect(Collectors.toMap(BandPoint::date, b -> b));
        for (LocalDate month = endOfMonth(start); ; month = endOfMonth(month.plusDays(1))) {
            LocalDate day = month.isAfter(end) ? end : month;
            Long published = day.isAfter(today) ? null : count(publications, clock.startOf(day.plusDays(1)));
            BandPoint b = band.get(day);
            rows.add(new BurnUpRow(
                    day,
                    published,
                    b == null ? null : b.p10(),
                    b == null ? null : b.p50(),
                    b == null ? null : b.p90()));
            if (!day.isBefore(end)) {
                break;
            }
        }
        long highest = Math.max(
                target,
                rows.stream()
                        .mapToLong(
                                r -> Math.max(r.published() == null ? 0 : r.published(), r.p90() == null ? 0 : r.p90()))
                        .max()
                        .orElse(0));
        Scale scale = new Scale(start, end, highest);
        StringBuilder publishedLine = new StringBuilder();
        StringBuilder medianLine = new StringBuilder();
        StringBuilder upper = new StringBuilder();
        List<String> lower = new ArrayList<>();
        for (BurnUpRow row : rows) {
            if (row.published() != null) {
                publishedLine.append(scale.point(row.month(), row.published()));
            }
            if (row.p50() != null) {
                medianLine.append(scale.point(row.month(), row.p50()));
                upper.append(scale.point(row.month(), row.p90()));
                lower.add(0, scale.point(row.month(), row.p10()).strip());
            }
        }
        return new BurnUp(
                scale.frame(),
                new Line("published", publishedLine.toString().strip()),
                new Line("median", medianLine.toString().strip()),
                (upper + " " + String.join(" ", lower)).strip(),
                scale.y(target),
                scale.x(deadline),
                scale.x(today),
                target,
                deadline,
                rows);
    }

    public Timeline timeline(String programme) {
        LocalDate today = LocalDate.ofInstant(clock.now(), clock.zone());
        LocalDate start = history.firstEvent(programme)
                .map(first -> LocalDate.ofInstant(first, clock.zone()))
                .orElse(today)
                .withDayOfMonth(1);
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate month = endOfMonth(start); ; month = endOfMonth(month.plusDays(1))) {
            months.add(month.isAfter(today) ? today : month);
            if (!month.isBefore(today)) {
                break;
            }
        }
        List<Map<Stage, Long>> snapshots = history.stageCountsAt(
                programme,
                months.stream().map(m -> clock.startOf(m.plusDays(1))).toList());
        List<TimelineRow> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Map<Stage, Long> at = snapshots.get(i);
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            for (String key : TIMELINE) {
                counts.put(
                        key,
                        key.equals("PUBLISHED")
                                ? at.getOrDefault(Stage.PUBLISHED, 0L)
                                        + at.getOrDefault(Stage.IN_FORCE, 0L)
                                        + at.getOrDefault(Stage.PERIODIC_REVIEW, 0L)
                                : at.getOrDefault(Stage.valueOf(key), 0L));
            }
            rows.add(new TimelineRow(months.get(i), counts));
        }
        long highest = rows.stream()
                .flatMap(r -> r.counts().values().stream())
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        Scale scale = new Scale(start, today, highest);
        List<Line> lines = new ArrayList<>();
        for (String key : TIMELINE) {
            StringBuilder points = new StringBuilder();
            rows.forEach(
                    row -> points.append(scale.point(row.month(), row.counts().get(key))));
            lines.add(new Line(key, points.toString().strip()));
        }
        return new Timeline(scale.frame(), lines, rows);
    }

    private static long count(List<Instant> sorted, Instant before) {
        return sorted.stream().filter(i -> i.isBefore(before)).count();
    }

    private static LocalDate endOfMonth(LocalDate day) {
        return day.withDayOfMonth(day.lengthOfMonth());
    }

    /** Days to x, counts to y, within the frame; with ticks at each quarter's start and rounded counts. */
    private record Scale(LocalDate start, LocalDate end, long highest) {

        double x(LocalDate day) {
            long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
            return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(start, day) / span;
        }

        double y(long count) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (double) count / top());
        }

        long top() {
            long step = step();
            return Math.max(step, ((highest + step - 1) / step) * step);
        }

        long step() {
            long step = 1;
            while (highest / step > 6) {
                step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
            }
            return step;
        }

        String point(LocalDate day, long count) {
            return String.format(Locale.ROOT, "%.1f,%.1f ", x(day), y(count));
        }

        Frame frame() {
            List<Tick> xTicks = new ArrayList<>();
            for (LocalDate q = start.withMonth(((start.getMonthValue() - 1) / 3) * 3 + 1)
                            .withDayOfMonth(1);
                    !q.isAfter(end);
                    q = q.plusMonths(3)) {
                if (!q.isBefore(start)) {
                    xTicks.add(new Tick(x(q), q.getYear() + "-" + String.format("%02d", q.getMonthValue())));
                }
            }
            List<Tick> yTicks = new ArrayList<>();
            for (long v = 0; v <= top(); v += step()) {
                yTicks.add(new Tick(y(v), Long.toString(v)));
            }
            return new Frame(xTicks, yTicks, HEIGHT - BOTTOM, WIDTH - RIGHT);
        }
    }
}
