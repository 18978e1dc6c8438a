package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.model.FailureKind;
import dev.webhookinspector.core.model.FailureTimeline;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * Stacked bars of failures per time bucket, coloured by kind through CSS so both themes work.
 * Draws already-bucketed data: a few dozen bars however many failures there are.
 */
final class FailureTimelineChart extends Region {
    private static final double AXIS_LEFT = 44;
    private static final double AXIS_BOTTOM = 22;
    private static final double TOP = 8;
    private static final double LABEL_WIDTH = 96;

    private final ZoneId zone;
    private final List<Region> grid = new ArrayList<>();
    private final List<Label> yLabels = new ArrayList<>();
    private final List<Label> xLabels = new ArrayList<>();
    private final List<Region[]> bars = new ArrayList<>();
    private final List<Region> hovers = new ArrayList<>();
    private FailureTimeline timeline;
    private long yMax = 1;

    FailureTimelineChart(ObservableValue<FailureTimeline> source, ZoneId zone) {
        this.zone = zone;
        getStyleClass().add("timeline-chart");
        setMinHeight(120);
        setPrefHeight(150);
        source.addListener((o, a, t) -> rebuild(t));
        rebuild(source.getValue());
    }

    private void rebuild(FailureTimeline t) {
        timeline = t;
        getChildren().clear();
        grid.clear();
        yLabels.clear();
        xLabels.clear();
        bars.clear();
        hovers.clear();
        if (t == null || t.isEmpty()) return;
        yMax = niceCeiling(t.maxTotal());
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.US);
        for (long v : new long[]{0, yMax / 2, yMax}) {
            Region line = new Region();
            line.getStyleClass().add(v == 0 ? "timeline-axis" : "timeline-grid");
            grid.add(line);
            Label l = Ui.label("timeline-tick", nf.format(v));
            yLabels.add(l);
        }
        getChildren().addAll(grid);
        getChildren().addAll(yLabels);
        DateTimeFormatter fmt = labelFormat(t);
        for (FailureTimeline.Bucket b : t.buckets()) {
            Region[] segs = new Region[FailureKind.values().length];
            for (FailureKind k : FailureKind.values()) {
                if (b.count(k) == 0) continue;
                Region seg = new Region();
                seg.getStyleClass().addAll("timeline-bar", KindStyle.css(k));
                segs[k.ordinal()] = seg;
                getChildren().add(seg);
            }
            bars.add(segs);
            Region hover = new Region();
            hover.getStyleClass().add("timeline-hover");
            Tooltip.install(hover, Ui.tooltip(describe(b, t.bucketSize())));
            hovers.add(hover);
            Label x = Ui.label("timeline-tick", fmt.format(b.start().atZone(zone)));
            xLabels.add(x);
        }
        getChildren().addAll(hovers);
        getChildren().addAll(xLabels);
        requestLayout();
    }

    private String describe(FailureTimeline.Bucket b, Duration size) {
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.US);
        StringBuilder sb = new StringBuilder()
                .append(TimeFormat.local(b.start(), zone)).append(" – ")
                .append(TimeFormat.local(b.start().plus(size), zone).substring(size.toDays() >= 1 ? 0 : 11))
                .append('\n').append(nf.format(b.total())).append(b.total() == 1 ? " failure" : " failures");
        for (FailureKind k : FailureKind.values()) {
            if (b.count(k) > 0) sb.append('\n').append(k.label()).append(": ").append(nf.format(b.count(k)));
        }
        return sb.toString();
    }

    private static DateTimeFormatter labelFormat(FailureTimeline t) {
        List<FailureTimeline.Bucket> b = t.buckets();
        Duration span = Duration.between(b.getFirst().start(), b.getLast().start());
        if (t.bucketSize().toDays() >= 1) return DateTimeFormatter.ofPattern("MMM d", Locale.US);
        if (span.toHours() < 20) return DateTimeFormatter.ofPattern("HH:mm", Locale.US);
        return DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.US);
    }

    /** A round, even top for the y axis (2, 4, 6, 8, 10, 12, 16, 20, 30 ... 1,200), so the midline is whole too. */
    static long niceCeiling(long v) {
        if (v <= 2) return 2;
        long p = 1;
        while (p * 10 < v) p *= 10;
        for (double m : new double[]{1, 1.2, 1.6, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            long top = Math.round(m * p);
            if (top >= v && top % 2 == 0) return top;
        }
        return 10 * p;
    }

    @Override protected void layoutChildren() {
        if (timeline == null || timeline.isEmpty()) return;
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double x0 = snappedLeftInset() + AXIS_LEFT;
        double y0 = snappedTopInset() + TOP;
        double plotW = Math.max(10, w - AXIS_LEFT - 4);
        double plotH = Math.max(10, h - AXIS_BOTTOM - TOP);
        double base = y0 + plotH;

        for (int i = 0; i < grid.size(); i++) {
            double y = snap(base - plotH * i / 2.0);
            grid.get(i).resizeRelocate(x0, y, plotW, 1);
            Label l = yLabels.get(i);
            double lh = l.prefHeight(-1);
            layoutInArea(l, snappedLeftInset(), y - lh / 2, AXIS_LEFT - 8, lh, 0, HPos.RIGHT, VPos.CENTER);
        }

        int n = bars.size();
        double slot = plotW / n;
        double barW = Math.max(1, Math.min(28, slot * 0.72));
        int every = (int) Math.ceil(LABEL_WIDTH / slot);
        for (int i = 0; i < n; i++) {
            double x = x0 + i * slot + (slot - barW) / 2;
            // Each segment starts where the one below ends, both snapped, so stacks show no hairline gaps
            double bottom = snap(base);
            int cumulative = 0;
            Region[] segs = bars.get(i);
            for (FailureKind k : FailureKind.values()) {
                Region seg = segs[k.ordinal()];
                if (seg == null) continue;
                cumulative += timeline.buckets().get(i).count(k);
                double top = Math.min(bottom - 1, snap(base - plotH * cumulative / yMax));
                seg.resizeRelocate(snap(x), top, snap(barW), bottom - top);
                bottom = top;
            }
            hovers.get(i).resizeRelocate(x0 + i * slot, y0, slot, plotH);
            Label xl = xLabels.get(i);
            boolean show = i % every == 0 && x0 + i * slot + slot / 2 + LABEL_WIDTH / 2 <= x0 + plotW + 4;
            xl.setVisible(show);
            if (show) {
                double lw = xl.prefWidth(-1);
                xl.resizeRelocate(snap(x0 + i * slot + slot / 2 - lw / 2), base + 4, lw, xl.prefHeight(-1));
            }
        }
    }

    private double snap(double v) { return snapPositionX(v); }

    @Override protected double computePrefWidth(double height) { return 600; }
}
