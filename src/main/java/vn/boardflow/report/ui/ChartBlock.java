package vn.boardflow.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import java.util.function.Supplier;
import vn.boardflow.shared.ui.Downloads;

/** A chart drawn on the server with its table beside it (below it on a phone): the table reads what the chart shows. */
final class ChartBlock extends Div {

    ChartBlock(String title, String fileName, Supplier<byte[]> svg, Component table) {
        addClassName("chart-block");
        Image chart = new Image(Downloads.handler(() -> new Downloads.File(fileName, "image/svg+xml", svg.get())),
                title);
        chart.addClassName("dashboard-chart");
        Div figures = new Div(table);
        figures.addClassName("chart-table");
        Div row = new Div(chart, figures);
        row.addClassName("chart-row");
        add(new H3(title), row);
    }
}
