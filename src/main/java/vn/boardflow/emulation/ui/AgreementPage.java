package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import vn.boardflow.emulation.AgreementCriterion;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.emulation.Agreements.AgreementStatus;
import vn.boardflow.emulation.Agreements.AgreementView;
import vn.boardflow.emulation.Agreements.PaperView;
import vn.boardflow.emulation.ClusterPaper;
import vn.boardflow.emulation.ClusterPapers;
import vn.boardflow.emulation.ScoreText;
import vn.boardflow.emulation.ScorecardEvidence;
import vn.boardflow.emulation.Scorecards;
import vn.boardflow.emulation.Scorecards.Card;
import vn.boardflow.emulation.Scorecards.Standings;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.RecordPage;

/**
 * An agreement's page: the ranking of its members with the tie-breaks and a bar of each total, the criteria and
 * the members' commitments. A member opens its own or another's scorecard from the ranking; the chair ranks here.
 */
@Route("emulation/agreements")
@PermitAll
class AgreementPage extends RecordPage<Standings> {

    private final Scorecards scorecards;
    private final ClusterPapers papers;
    private final ScorecardEvidence evidence;

    AgreementPage(Scorecards scorecards, ClusterPapers papers, ScorecardEvidence evidence) {
        super(id -> AgreementId.from(id).flatMap(scorecards::of),
                "emulation.agreement.error.notFound");
        this.scorecards = scorecards;
        this.papers = papers;
        this.evidence = evidence;
        setWidthFull();
        setMaxWidth("70rem");
    }

    @Override
    protected String show(Standings standings) {
        AgreementView agreement = standings.agreement();
        boolean open = agreement.status() == AgreementStatus.OPEN;
        HorizontalLayout status = new HorizontalLayout(Badges.of(getTranslation(agreement.status().messageKey()),
                open ? Badges.Tone.NORMAL : Badges.Tone.SUCCESS),
                new Span(getTranslation(open ? "emulation.agreement.readOn" : "emulation.agreement.rankedOn",
                        VietnameseDates.format(standings.asOf()))));
        add(new H2(agreement.title()), status, new Span(getTranslation("emulation.agreement.chairedBy",
                agreement.chair().name()) + (agreement.inspectionRound() == null ? ""
                : " · " + getTranslation("emulation.agreement.readsRound", agreement.inspectionRound().title()))));
        Button rank = new Button(getTranslation("emulation.agreement.rank"), click -> ConfirmDialogs.confirm(
                getTranslation("emulation.agreement.rank"), getTranslation("emulation.agreement.rank.confirm"),
                getTranslation("emulation.agreement.rank"), () -> Actions.runAndThen(() -> scorecards.rank(
                        agreement.id(), agreement.version()), "emulation.agreement.ranked",
                        () -> load(agreement.id().value()))));
        rank.addThemeVariants(ButtonVariant.PRIMARY);
        rank.setId("rank-agreement");
        rank.setVisible(open && agreement.chairs());
        add(new H3(getTranslation("emulation.agreement.ranking")), ranking(standings), rank,
                new H3(getTranslation("emulation.agreement.papers")), papers(agreement),
                new H3(getTranslation("emulation.agreement.criteria")), criteria(agreement));
        if (!agreement.commitments().isEmpty()) {
            UnorderedList commitments = new UnorderedList();
            agreement.cluster().members().stream().filter(member -> agreement.commitments().containsKey(member.unitId()))
                    .forEach(member -> commitments.add(new ListItem(member.name() + ": "
                            + agreement.commitments().get(member.unitId()))));
            add(new H3(getTranslation("emulation.agreement.commitments")), commitments);
        }
        return agreement.title();
    }

    /**
     * Each paper: its draft and number once there is one; the secretariat drafts it from the data (the minutes once
     * the members are ranked), or writes the data again into a draft not yet issued.
     */
    private Component papers(AgreementView agreement) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (ClusterPaper kind : ClusterPaper.values()) {
            HorizontalLayout row = new HorizontalLayout(new Span(getTranslation(kind.messageKey())));
            row.setAlignItems(Alignment.BASELINE);
            Optional<PaperView> paper = agreement.paper(kind);
            if (paper.map(PaperView::document).isPresent()) {
                row.add(new Anchor("documents/issued/" + paper.get().document().id(),
                        getTranslation("emulation.paper.issued", paper.get().document().symbol())));
            } else if (paper.isPresent() && agreement.mayManage()) {
                row.add(new Anchor("drafts/" + paper.get().draftId(), getTranslation("emulation.paper.openDraft")));
            } else {
                row.add(Badges.of(getTranslation(paper.isPresent() ? "emulation.paper.onRoute"
                        : "emulation.paper.notDrafted"), Badges.Tone.CONTRAST));
            }
            boolean draftable = agreement.mayManage() && paper.map(PaperView::document).isEmpty()
                    && (kind == ClusterPaper.AGREEMENT || agreement.status() == AgreementStatus.RANKED);
            if (draftable) {
                Button draft = new Button(getTranslation(paper.isPresent() ? "emulation.paper.redraft"
                        : "emulation.paper.draft"), click -> Actions.call(() -> papers.draft(agreement.id(), kind))
                        .ifPresent(id -> getUI().ifPresent(ui -> ui.navigate("drafts/" + id))));
                draft.addThemeVariants(ButtonVariant.TERTIARY);
                draft.setId("draft-" + kind.name().toLowerCase(Locale.ROOT));
                row.add(draft);
            }
            list.add(row);
        }
        return list;
    }

    private Grid<Card> ranking(Standings standings) {
        BigDecimal best = standings.cards().stream().map(Card::total).max(BigDecimal::compareTo)
                .filter(total -> total.signum() > 0).orElse(BigDecimal.ONE);
        Grid<Card> grid = new Grid<>();
        grid.setId("ranking");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Card::rank).setHeader(getTranslation("emulation.card.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Card::unitName).setHeader(getTranslation("emulation.card.unit")).setFlexGrow(2);
        grid.addComponentColumn(card -> bar(card.total(), best)).setHeader(getTranslation("emulation.card.total"))
                .setFlexGrow(3);
        grid.addColumn(card -> ScoreText.percent(card.inspectionPercent()))
                .setHeader(getTranslation("emulation.card.inspection")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> ScoreText.percent(card.timeliness()))
                .setHeader(getTranslation("emulation.card.timeliness")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> getTranslation(card.ownSent() ? "emulation.card.ownSent" : "emulation.card.ownNotSent"))
                .setHeader(getTranslation("emulation.card.own")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(standings.cards());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> new ScorecardDialog(scorecards, evidence, standings, click.getItem(),
                () -> load(standings.agreement().id().value())).open());
        return grid;
    }

    /** The total with a bar as long as its share of the best total: the ranking's chart. */
    private static Component bar(BigDecimal total, BigDecimal best) {
        Div fill = new Div();
        int share = total.max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(100)).divide(best, 0, RoundingMode.HALF_UP)
                .intValue();
        fill.getStyle().set("width", share + "%").set("height", "0.6rem")
                .set("background", "var(--lumo-primary-color)").set("border-radius", "0.3rem");
        Div track = new Div(fill);
        track.getStyle().set("flex", "1").set("background", "var(--lumo-contrast-10pct)").set("border-radius", "0.3rem");
        Span value = new Span(ScoreText.of(total));
        value.getStyle().set("min-width", "3.5rem").set("font-weight", "600");
        HorizontalLayout layout = new HorizontalLayout(value, track);
        layout.setWidthFull();
        layout.setAlignItems(Alignment.CENTER);
        return layout;
    }

    private Grid<AgreementCriterion> criteria(AgreementView agreement) {
        Grid<AgreementCriterion> grid = new Grid<>();
        grid.setId("criteria");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(criterion -> criterion.code() + ". " + criterion.title())
                .setHeader(getTranslation("emulation.criterion.title")).setFlexGrow(4);
        grid.addColumn(criterion -> getTranslation(criterion.kind().messageKey()))
                .setHeader(getTranslation("emulation.criterion.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(criterion -> getTranslation(criterion.source().messageKey()))
                .setHeader(getTranslation("emulation.criterion.source")).setFlexGrow(2);
        grid.addColumn(criterion -> ScoreText.of(criterion.maxScore()))
                .setHeader(getTranslation("emulation.criterion.max")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(criterion -> ScoreText.of(criterion.weight()))
                .setHeader(getTranslation("emulation.criterion.weight")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(agreement.criteria());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
