package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.text.Formats;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
 * One column per recorded fetch: the failure count as a filled line, the verdict as a coloured band along the top.
 * Drawn on a canvas with colours from hidden CSS swatches, as {@link FailureTimelineChart} does, so it follows the theme.
 */
final class HistoryChart extends Region {
    private static final double LEFT = 44;
    private static final double BOTTOM = 22;
    private static final double BAND = 10;
    private static final double TOP = BAND + 10;

    private final ObservableList<HistoryViewModel.Point> points;
    private final ZoneId zone;
    private final Canvas canvas = new Canvas();
    private final Map<Verdict, Region> verdictSwatches = new EnumMap<>(Verdict.class);
    private final Region line = swatch("history-line");
    private final Region area = swatch("history-area");
    private final Region grid = swatch("timeline-grid");
    private final Region hoverSwatch = swatch("timeline-hover-fill");
    private final List<Label> yLabels = new ArrayList<>();
    private final Label firstLabel = Ui.label("timeline-tick", "");
    private final Label lastLabel = Ui.label("timeline-tick", "");
    private final Tooltip tooltip = Ui.tooltip("");
    private long yMax = 2;
    private int hovered = -1;

    HistoryChart(ObservableList<HistoryViewModel.Point> points, ZoneId zone) {
        this.points = points;
        this.zone = zone;
        getStyleClass().add("history-chart");
        setId("historyChart");
        setMinHeight(130);
        setPrefHeight(170);
        for (Verdict v : Verdict.values()) verdictSwatches.put(v, swatch("history-verdict", "verdict-" + v.key()));
        getChildren().add(canvas);
        getChildren().addAll(verdictSwatches.values());
        getChildren().addAll(line, area, grid, hoverSwatch);
        for (Region r : swatches()) r.backgroundProperty().addListener(o -> draw());
        for (int i = 0; i < 3; i++) {
            Label l = Ui.label("timeline-tick", "");
            yLabels.add(l);
            getChildren().add(l);
        }
        getChildren().addAll(firstLabel, lastLabel);
        canvas.setOnMouseMoved(e -> hover(indexAt(e.getX())));
        canvas.setOnMouseExited(e -> hover(-1));
        points.addListener((ListChangeListener<HistoryViewModel.Point>) c -> {
            hovered = -1;
            yMax = FailureTimelineChart.niceCeiling(points.stream().mapToLong(HistoryViewModel.Point::failures).max().orElse(0));
            requestLayout();
        });
    }

    private List<Region> swatches() {
        List<Region> all = new ArrayList<>(verdictSwatches.values());
        all.addAll(List.of(line, area, grid, hoverSwatch));
        return all;
    }

    /** Kept in the scene graph so CSS styles it, never seen. */
    private static Region swatch(String... classes) {
        Region r = new Region();
        r.getStyleClass().addAll(classes);
        r.setManaged(false);
        r.setVisible(false);
        r.resize(1, 1);
        return r;
    }

    @Override protected void layoutChildren() {
        double w = getWidth();
        canvas.setWidth(w);
        canvas.setHeight(getHeight());
        double plotH = plotHeight();
        boolean empty = points.isEmpty();
        for (int i = 0; i < yLabels.size(); i++) {
            Label l = yLabels.get(i);
            l.setVisible(!empty);
            l.setText(Formats.count(yMax * i / 2));
            double y = TOP + plotH - plotH * i / 2.0;
            double lh = l.prefHeight(-1);
            layoutInArea(l, 0, y - lh / 2, LEFT - 8, lh, 0, HPos.RIGHT, VPos.CENTER);
        }
        java.util.function.Function<java.time.Instant, String> fmt = t -> dev.webhookinspector.core.text.Formats.compact(t, zone);
        firstLabel.setVisible(!empty);
        lastLabel.setVisible(points.size() > 1);
        if (!empty) {
            firstLabel.setText(fmt.apply(points.getFirst().at()));
            lastLabel.setText(fmt.apply(points.getLast().at()));
            double y = TOP + plotH + 4;
            firstLabel.resizeRelocate(LEFT, y, firstLabel.prefWidth(-1), firstLabel.prefHeight(-1));
            double lw = lastLabel.prefWidth(-1);
            lastLabel.resizeRelocate(snapPositionX(w - lw - 4), y, lw, lastLabel.prefHeight(-1));
        }
        draw();
    }

    private double plotWidth() { return Math.max(10, getWidth() - LEFT - 4); }

    private double plotHeight() { return Math.max(10, getHeight() - BOTTOM - TOP); }

    private double xOf(int i) {
        int n = points.size();
        return n <= 1 ? LEFT + plotWidth() / 2 : LEFT + plotWidth() * i / (n - 1);
    }

    private double yOf(int failures) {
        return TOP + plotHeight() - plotHeight() * failures / yMax;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (points.isEmpty()) return;
        double base = Math.round(TOP + plotHeight());
        g.setFill(fill(grid, Color.GRAY));
        for (int i = 0; i <= 2; i++) g.fillRect(LEFT, Math.round(base - plotHeight() * i / 2.0), plotWidth(), 1);
        int n = points.size();
        double slot = n <= 1 ? plotWidth() : plotWidth() / (n - 1);
        if (hovered >= 0) {
            g.setFill(fill(hoverSwatch, Color.color(0.5, 0.5, 0.5, 0.15)));
            g.fillRect(xOf(hovered) - Math.max(3, slot / 2), 0, Math.max(6, slot), base);
        }
        // The verdict band: each fetch's colour reaches halfway to its neighbours.
        for (int i = 0; i < n; i++) {
            double left = i == 0 ? LEFT : (xOf(i - 1) + xOf(i)) / 2;
            double right = i == n - 1 ? LEFT + plotWidth() : (xOf(i) + xOf(i + 1)) / 2;
            g.setFill(fill(verdictSwatches.get(points.get(i).verdict()), Color.GRAY));
            g.fillRoundRect(left, 2, Math.max(2, right - left - 1), BAND, 3, 3);
        }
        g.beginPath();
        g.moveTo(xOf(0), base);
        for (int i = 0; i < n; i++) g.lineTo(xOf(i), yOf(points.get(i).failures()));
        g.lineTo(xOf(n - 1), base);
        g.closePath();
        g.setFill(fill(area, Color.color(0.5, 0.5, 0.9, 0.2)));
        g.fill();
        Paint stroke = fill(line, Color.STEELBLUE);
        g.setStroke(stroke);
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i < n; i++) {
            if (i == 0) g.moveTo(xOf(i), yOf(points.get(i).failures()));
            else g.lineTo(xOf(i), yOf(points.get(i).failures()));
        }
        g.stroke();
        for (int i = 0; i < n; i++) {
            double r = i == hovered ? 5 : 3;
            g.setFill(fill(verdictSwatches.get(points.get(i).verdict()), stroke));
            g.fillOval(xOf(i) - r, yOf(points.get(i).failures()) - r, 2 * r, 2 * r);
        }
    }

    private static Paint fill(Region swatch, Paint fallback) {
        Background bg = swatch.getBackground();
        return bg == null || bg.getFills().isEmpty() ? fallback : bg.getFills().getFirst().getFill();
    }

    private int indexAt(double x) {
        if (points.isEmpty()) return -1;
        int best = -1;
        double distance = Double.MAX_VALUE;
        for (int i = 0; i < points.size(); i++) {
            double d = Math.abs(xOf(i) - x);
            if (d < distance) {
                distance = d;
                best = i;
            }
        }
        return distance <= 24 ? best : -1;
    }

    private void hover(int i) {
        if (i == hovered) return;
        hovered = i;
        if (i < 0) {
            Tooltip.uninstall(canvas, tooltip);
            tooltip.hide();
        } else {
            HistoryViewModel.Point p = points.get(i);
            tooltip.setText(Formats.absolute(p.at(), zone) + "\n" + p.verdict().label() + "\n"
                    + Formats.count(p.failures(), "failure") + " reported");
            Tooltip.install(canvas, tooltip);
        }
        draw();
    }

    @Override protected double computePrefWidth(double height) { return 600; }
}
