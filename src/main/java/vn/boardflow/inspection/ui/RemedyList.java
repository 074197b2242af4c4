package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import vn.boardflow.inspection.Remedies.RemedyView;
import vn.boardflow.shared.VietnameseDates;

/** A ward inspection's remedial tasks, each with its deadline and state, opening the task's page. */
class RemedyList extends Composite<Div> {

    RemedyList(List<RemedyView> tasks) {
        getContent().add(new H3(getTranslation("remedy.list.title")));
        if (tasks.isEmpty()) {
            getContent().add(new Span(getTranslation("remedy.list.empty")));
        }
        for (RemedyView task : tasks) {
            RouterLink link = new RouterLink(task.description(), RemedyPage.class, task.id());
            Div line = new Div(link, new Div(RemedyBadges.of(task), new Span(" " + getTranslation("remedy.deadline",
                    VietnameseDates.format(task.deadline())))));
            line.addClassName("criterion");
            getContent().add(line);
        }
    }
}
