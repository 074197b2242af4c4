package vn.boardflow.fund.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.boardflow.fund.SettlementReview;
import vn.boardflow.fund.Settlements;
import vn.boardflow.fund.Settlements.SettlementSummary;

/**
 * Hồ sơ thanh quyết toán for the body's people: first the dossiers waiting for the user's step with what each one's
 * checks find (the accountant's queue), then every dossier of their bodies.
 */
@Route("funds/settlements")
@RolesAllowed({"ACCOUNTANT", "LEADER", "REVIEWER", "DRAFTER"})
@Menu(title = "nav.settlements", order = 26.2, icon = "vaadin:clipboard-check")
class SettlementsView extends VerticalLayout implements HasDynamicTitle {

    SettlementsView(Settlements settlements, SettlementReview review) {
        setSizeFull();
        List<SettlementSummary> waiting = review.queue();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("settlement.tab.waiting", waiting.size()), SettlementList.of("settlements-waiting", waiting, true));
        tabs.add(getTranslation("settlement.tab.all"), SettlementList.of("settlements-all", settlements.mine(), false));
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.settlements");
    }
}
