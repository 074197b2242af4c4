package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import vn.boardflow.emulation.Scorecards.Source;

/**
 * A system score's source as a link to where its figures are: the dashboard of the reports, the ward's inspection,
 * or the round whose remedial tasks were counted.
 */
final class SourceLink {

    private SourceLink() {
    }

    static Component of(Source source) {
        String route = switch (source.kind()) {
            case TARGETS, TIMELINESS -> "reports/dashboard";
            case INSPECTION -> "inspections/wards/" + source.refId();
            case REMEDIES -> "inspections/" + source.refId();
            case MANUAL -> throw new IllegalArgumentException("a unit's score has no source");
        };
        Anchor link = new Anchor(route, source.detail());
        link.getElement().setAttribute("router-link", true);
        link.addClassName("score-source");
        return link;
    }
}
