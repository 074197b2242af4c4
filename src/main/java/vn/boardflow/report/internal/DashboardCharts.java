package vn.boardflow.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import vn.boardflow.report.ReportDashboards.Chart;
import vn.boardflow.report.ReportDashboards.ChartFormat;
import vn.boardflow.report.ReportDashboards.Dashboard;
import vn.boardflow.report.ReportDashboards.PeriodProgress;
import vn.boardflow.report.ReportDashboards.PeriodRates;
import vn.boardflow.report.ReportDashboards.UnitProgress;

/**
 * The dashboard's charts, drawn with JFreeChart: the same picture as SVG for the page and as PNG for a Word report.
 * Their words are Vietnamese, as the documents they go into are.
 */
final class DashboardCharts {

    private static final Color ACTUAL = new Color(0x1f5fa8);
    private static final Color BEHIND = new Color(0xc62828);
    private static final Color PLAN = new Color(0x8a8f98);
    private static final Color ON_TIME = new Color(0x2e7d32);
    private static final int WIDTH = 720;
    private static final int HEIGHT = 360;
    private static final StandardChartTheme THEME = theme();

    private DashboardCharts() {
    }

    static byte[] draw(Dashboard dashboard, Chart chart, ChartFormat format) {
        JFreeChart drawn = switch (chart) {
            case PROGRESS -> progress(dashboard);
            case UNITS -> units(dashboard);
            case RATES -> rates(dashboard);
        };
        int height = chart == Chart.UNITS ? Math.max(HEIGHT, 60 + 24 * dashboard.units().size()) : HEIGHT;
        return format == ChartFormat.SVG ? svg(drawn, height) : png(drawn, height);
    }

    /** The figure's year so far, period by period, against the straight line to its target. */
    private static JFreeChart progress(Dashboard dashboard) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // a board that began mid-year has its line begin with its first accepted period, not a run of noughts
        boolean begun = false;
        for (PeriodProgress period : dashboard.periods()) {
            String label = period.period().shortLabel();
            begun |= period.value() != null;
            if (begun && period.period().number() <= dashboard.reportedPeriods()) {
                data.addValue(period.cumulative(), "Lũy kế thực hiện", label);
            } else {
                data.addValue(null, "Lũy kế thực hiện", label);
            }
            data.addValue(period.expected(), "Tiến độ theo chỉ tiêu", label);
        }
        JFreeChart chart = ChartFactory.createLineChart(title(dashboard), null, unitOf(dashboard), data,
                PlotOrientation.VERTICAL, true, false, false);
        THEME.apply(chart);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, ACTUAL);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesPaint(1, PLAN);
        renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 4}, 0));
        integers(chart.getCategoryPlot());
        return chart;
    }

    /** The units ranked by percent of their target reached, those behind the pace in red. */
    private static JFreeChart units(Dashboard dashboard) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        dashboard.units().forEach(unit -> data.addValue(unit.percent() == null ? 0 : unit.percent(), "Tỷ lệ đạt (%)",
                unit.name()));
        JFreeChart chart = ChartFactory.createBarChart(title(dashboard) + " — tỷ lệ đạt chỉ tiêu theo đơn vị", null,
                "%", data, PlotOrientation.HORIZONTAL, false, false, false);
        THEME.apply(chart);
        chart.getCategoryPlot().setRenderer(new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                UnitProgress unit = dashboard.units().get(column);
                return unit.behindPace() ? BEHIND : ACTUAL;
            }
        });
        bars(chart.getCategoryPlot());
        return chart;
    }

    /** Each period's completeness and timeliness, in percent. */
    private static JFreeChart rates(Dashboard dashboard) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PeriodRates period : dashboard.rates()) {
            data.addValue(period.completeness(), "Đầy đủ (đã tiếp nhận)", period.period().shortLabel());
            data.addValue(period.timeliness(), "Đúng hạn", period.period().shortLabel());
        }
        JFreeChart chart = ChartFactory.createBarChart("Tiến độ báo cáo năm " + dashboard.year(), null, "%", data,
                PlotOrientation.VERTICAL, true, false, false);
        THEME.apply(chart);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, ACTUAL);
        renderer.setSeriesPaint(1, ON_TIME);
        bars(chart.getCategoryPlot());
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, 100);
        return chart;
    }

    private static String title(Dashboard dashboard) {
        String field = dashboard.field() == null ? dashboard.formName() : dashboard.field().label();
        return field + " năm " + dashboard.year() + (dashboard.unitName() == null ? "" : " — " + dashboard.unitName());
    }

    private static String unitOf(Dashboard dashboard) {
        return dashboard.field() == null ? null : dashboard.field().unit();
    }

    private static void bars(CategoryPlot plot) {
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        integers(plot);
    }

    private static void integers(CategoryPlot plot) {
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xd9dce1));
        theme.setDomainGridlinePaint(new Color(0xd9dce1));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    private static byte[] svg(JFreeChart chart, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, height));
        return graphics.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png(JFreeChart chart, int height) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(bytes, chart, WIDTH, height);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the chart", e);
        }
    }
}
