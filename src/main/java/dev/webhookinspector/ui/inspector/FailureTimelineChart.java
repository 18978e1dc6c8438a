package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.model.FailureKind;
import dev.webhookinspector.core.model.FailureTimeline;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Stacked bars of failures per time bucket, drawn on one canvas so a filter change costs a redraw,
 * not hundreds of new nodes. Colours come from CSS through hidden swatches (one per kind), so the
 * bars follow the theme, light or dark, like everything else.
 */
final class FailureTimelineChart extends Region {
    private static final double AXIS_LEFT = 44;
    private static final double AXIS_BOTTOM = 22;
    private static final double TOP = 8;
    private static final double LABEL_WIDTH = 96;
    private static final int MAX_X_LABELS = 16;

    private final ZoneId zone;
    private final Canvas canvas = new Canvas();
    private final Map<FailureKind, Region> swatches = new EnumMap<>(FailureKind.class);
    private final Region gridSwatch = new Region();
    private final Region axisSwatch = new Region();
    private final Region hoverSwatch = new Region();
    private final List<Label> yLabels = new ArrayList<>();
    private final List<Label> xLabels = new ArrayList<>();
    private final Tooltip tooltip = Ui.tooltip("");
    private FailureTimeline timeline;
    private long yMax = 2;
    private int hovered = -1;

    FailureTimelineChart(ObservableValue<FailureTimeline> source, ZoneId zone) {
        this.zone = zone;
        getStyleClass().add("timeline-chart");
        setMinHeight(120);
        setPrefHeight(150);
        for (FailureKind k : FailureKind.values()) {
            Region r = swatch("timeline-bar", KindStyle.css(k));
            swatches.put(k, r);
        }
        gridSwatch.getStyleClass().add("timeline-grid");
        axisSwatch.getStyleClass().add("timeline-axis");
        hoverSwatch.getStyleClass().add("timeline-hover-fill");
        for (Region r : List.of(gridSwatch, axisSwatch, hoverSwatch)) hide(r);
        for (Region r : allSwatches()) r.backgroundProperty().addListener(o -> draw());
        getChildren().add(canvas);
        getChildren().addAll(swatches.values());
        getChildren().addAll(gridSwatch, axisSwatch, hoverSwatch);
        for (int i = 0; i < 3; i++) {
            Label l = Ui.label("timeline-tick", "");
            yLabels.add(l);
            getChildren().add(l);
        }
        for (int i = 0; i < MAX_X_LABELS; i++) {
            Label l = Ui.label("timeline-tick", "");
            xLabels.add(l);
            getChildren().add(l);
        }
        canvas.setOnMouseMoved(e -> hover(bucketAt(e.getX())));
        canvas.setOnMouseExited(e -> hover(-1));
        source.addListener((o, a, t) -> setTimeline(t));
        setTimeline(source.getValue());
    }

    private List<Region> allSwatches() {
        List<Region> all = new ArrayList<>(swatches.values());
        all.addAll(List.of(gridSwatch, axisSwatch, hoverSwatch));
        return all;
    }

    private static Region swatch(String... classes) {
        Region r = new Region();
        r.getStyleClass().addAll(classes);
        hide(r);
        return r;
    }

    /** Kept in the scene graph so CSS styles it, never seen; a theme change restyles it and triggers a redraw. */
    private static void hide(Region r) {
        r.setManaged(false);
        r.setVisible(false);
        r.resize(1, 1);
    }

    private void setTimeline(FailureTimeline t) {
        timeline = t;
        hovered = -1;
        yMax = t == null || t.isEmpty() ? 2 : niceCeiling(t.maxTotal());
        requestLayout();
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
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.relocate(0, 0);
        boolean empty = timeline == null || timeline.isEmpty();
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.US);
        double plotH = plotHeight();
        for (int i = 0; i < yLabels.size(); i++) {
            Label l = yLabels.get(i);
            l.setVisible(!empty);
            l.setText(nf.format(yMax * i / 2));
            double y = TOP + plotH - plotH * i / 2.0;
            double lh = l.prefHeight(-1);
            layoutInArea(l, 0, y - lh / 2, AXIS_LEFT - 8, lh, 0, HPos.RIGHT, VPos.CENTER);
        }
        for (Label l : xLabels) l.setVisible(false);
        if (!empty) {
            int n = timeline.buckets().size();
            double slot = plotWidth() / n;
            int every = Math.max(1, (int) Math.ceil(LABEL_WIDTH / slot));
            DateTimeFormatter fmt = labelFormat(timeline);
            int used = 0;
            for (int i = 0; i < n && used < xLabels.size(); i += every) {
                double centre = AXIS_LEFT + i * slot + slot / 2;
                if (centre + LABEL_WIDTH / 2 > w + 4) break;
                Label l = xLabels.get(used++);
                l.setText(fmt.format(timeline.buckets().get(i).start().atZone(zone)));
                l.setVisible(true);
                double lw = l.prefWidth(-1);
                l.resizeRelocate(snapPositionX(Math.max(0, centre - lw / 2)), TOP + plotH + 4, lw, l.prefHeight(-1));
            }
        }
        draw();
    }

    private double plotWidth() { return Math.max(10, getWidth() - AXIS_LEFT - 4); }

    private double plotHeight() { return Math.max(10, getHeight() - AXIS_BOTTOM - TOP); }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (timeline == null || timeline.isEmpty()) return;
        double plotW = plotWidth();
        double plotH = plotHeight();
        double base = Math.round(TOP + plotH);
        for (int i = 1; i <= 2; i++) {
            g.setFill(fill(gridSwatch, Color.GRAY));
            g.fillRect(AXIS_LEFT, Math.round(base - plotH * i / 2.0), plotW, 1);
        }
        int n = timeline.buckets().size();
        double slot = plotW / n;
        double barW = Math.max(1, Math.min(28, slot * 0.72));
        if (hovered >= 0) {
            g.setFill(fill(hoverSwatch, Color.color(0.5, 0.5, 0.5, 0.15)));
            g.fillRect(AXIS_LEFT + hovered * slot, TOP, slot, plotH);
        }
        for (int i = 0; i < n; i++) {
            FailureTimeline.Bucket b = timeline.buckets().get(i);
            double x = Math.round(AXIS_LEFT + i * slot + (slot - barW) / 2);
            double bottom = base;
            int cumulative = 0;
            for (FailureKind k : FailureKind.values()) {
                int c = b.count(k);
                if (c == 0) continue;
                cumulative += c;
                double top = Math.min(bottom - 1, Math.round(base - plotH * cumulative / yMax));
                g.setFill(fill(swatches.get(k), Color.GRAY));
                g.fillRect(x, top, Math.max(1, Math.round(barW)), bottom - top);
                bottom = top;
            }
        }
        g.setFill(fill(axisSwatch, Color.GRAY));
        g.fillRect(AXIS_LEFT, base, plotW, 1);
    }

    private static Paint fill(Region swatch, Paint fallback) {
        Background bg = swatch.getBackground();
        return bg == null || bg.getFills().isEmpty() ? fallback : bg.getFills().getFirst().getFill();
    }

    private int bucketAt(double x) {
        if (timeline == null || timeline.isEmpty()) return -1;
        int i = (int) Math.floor((x - AXIS_LEFT) / (plotWidth() / timeline.buckets().size()));
        return i >= 0 && i < timeline.buckets().size() ? i : -1;
    }

    private void hover(int i) {
        if (i == hovered) return;
        hovered = i;
        // Installed only over a bar, so the gaps and axes show no empty tooltip
        if (i < 0) {
            Tooltip.uninstall(canvas, tooltip);
            tooltip.hide();
        } else {
            tooltip.setText(describe(timeline.buckets().get(i), timeline.bucketSize()));
            Tooltip.install(canvas, tooltip);
        }
        draw();
    }

    private String describe(FailureTimeline.Bucket b, Duration size) {
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.US);
        String end = Formats.absolute(b.start().plus(size), zone);
        StringBuilder sb = new StringBuilder()
                .append(Formats.absolute(b.start(), zone)).append(" – ").append(size.toDays() >= 1 ? end : end.substring(11))
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

    @Override protected double computePrefWidth(double height) { return 600; }
}
