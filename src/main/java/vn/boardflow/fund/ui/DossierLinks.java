package vn.boardflow.fund.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.Settlements.Clearing;
import vn.boardflow.fund.Settlements.Link;
import vn.boardflow.fund.Settlements.SettlementView;
import vn.boardflow.shared.ui.Messages;

/**
 * The dossiers a dossier is linked to, each a link to its page: the advance it clears, with what was received
 * against what is spent and the difference to pay back or to be paid, or the dossier it corrects; and the dossier
 * that clears or corrects it.
 */
final class DossierLinks {

    private DossierLinks() {
    }

    static Div of(SettlementView dossier) {
        Div links = new Div();
        links.setId("dossier-links");
        Link replaces = dossier.replaces();
        if (replaces != null) {
            links.add(line(replaces.kind() == DossierKind.ADVANCE ? "dossier.link.clears" : "dossier.link.corrects",
                    replaces));
        }
        dossier.clearing().ifPresent(clearing -> links.add(new Div(new Span(clearing(clearing)))));
        Link replacedBy = dossier.replacedBy();
        if (replacedBy != null) {
            links.add(line(dossier.kind() == DossierKind.ADVANCE ? "dossier.link.clearedBy"
                    : "dossier.link.correctedBy", replacedBy));
        }
        return links;
    }

    private static Div line(String messageKey, Link link) {
        RouterLink page = new RouterLink(link.title(), SettlementPage.class, link.id().value());
        return new Div(new Span(Messages.text(messageKey) + " "), page, new Span(" · "
                + Messages.text(link.kind().statusKey(link.status())) + " · " + link.amount().display()));
    }

    private static String clearing(Clearing clearing) {
        String difference = clearing.refund().isZero()
                ? Messages.text("dossier.clearing.toPay", clearing.toPay().display())
                : Messages.text("dossier.clearing.refund", clearing.refund().display());
        return Messages.text("dossier.clearing", clearing.received().display(), clearing.spent().display(),
                difference);
    }
}
