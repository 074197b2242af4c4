package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.emulation.AgreementSpan;
import vn.boardflow.emulation.Agreements;
import vn.boardflow.emulation.Agreements.AgreementView;
import vn.boardflow.emulation.Agreements.RoundChoice;
import vn.boardflow.emulation.CampaignId;
import vn.boardflow.emulation.Campaigns;
import vn.boardflow.emulation.Campaigns.CampaignView;
import vn.boardflow.emulation.Clusters;
import vn.boardflow.emulation.Clusters.ClusterView;
import vn.boardflow.emulation.Proposals;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.RecordPage;
import vn.boardflow.shared.ui.StackedCell;

/**
 * A campaign's page: what it asks, its clusters' agreements (the secretariat draws up a new one here) and its
 * proposals for commendation with their checks.
 */
@Route("emulation/campaigns")
@PermitAll
class CampaignPage extends RecordPage<CampaignView> {

    private final Agreements agreements;
    private final Clusters clusters;
    private final Proposals proposals;

    CampaignPage(Campaigns campaigns, Agreements agreements, Clusters clusters, Proposals proposals) {
        super(id -> CampaignId.from(id).flatMap(campaigns::find), "emulation.campaign.error.notFound");
        this.agreements = agreements;
        this.clusters = clusters;
        this.proposals = proposals;
        setWidthFull();
        setMaxWidth("70rem");
    }

    @Override
    protected String show(CampaignView campaign) {
        add(new H2(campaign.name()), new Span(campaign.bodyLabel() + " · " + VietnameseDates.format(campaign.startsOn())
                + " – " + VietnameseDates.format(campaign.endsOn())));
        if (!campaign.goals().isBlank()) {
            add(new Paragraph(campaign.goals()));
        }
        List<ClusterView> ofBody = clusters.all().stream()
                .filter(cluster -> cluster.bodyId().equals(campaign.bodyId())).toList();
        Button create = new Button(getTranslation("emulation.agreement.create"), VaadinIcon.PLUS.create(),
                click -> creating(campaign, ofBody));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-agreement");
        create.setVisible(campaign.mayManage() && !ofBody.isEmpty());
        Grid<AgreementView> grid = new Grid<>();
        grid.setId("agreements");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(agreement -> StackedCell.of(agreement.title(),
                        getTranslation("emulation.agreement.chairedBy", agreement.chair().name())))
                .setHeader(getTranslation("emulation.agreement.column.agreement")).setFlexGrow(3);
        grid.addComponentColumn(agreement -> Badges.of(getTranslation(agreement.status().messageKey()),
                        agreement.status() == Agreements.AgreementStatus.RANKED ? Badges.Tone.SUCCESS : Badges.Tone.NORMAL))
                .setHeader(getTranslation("emulation.agreement.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(agreements.ofCampaign(campaign.id()));
        grid.setEmptyStateText(getTranslation("emulation.agreement.empty"));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> open(click.getItem().id()));
        add(create, grid, new H3(getTranslation("emulation.proposals")), new ProposalsPanel(proposals, campaign.id()));
        return campaign.name();
    }

    private void creating(CampaignView campaign, List<ClusterView> ofBody) {
        Select<ClusterView> cluster = new Select<>();
        cluster.setLabel(getTranslation("emulation.agreement.field.cluster"));
        cluster.setItems(ofBody);
        cluster.setItemLabelGenerator(ClusterView::name);
        cluster.setValue(ofBody.getFirst());
        IntegerField year = new IntegerField(getTranslation("emulation.agreement.field.year"));
        year.setValue(campaign.startsOn().getYear());
        year.setMin(campaign.startsOn().getYear());
        year.setMax(campaign.endsOn().getYear());
        year.setStepButtonsVisible(true);
        Select<AgreementSpan> span = new Select<>();
        span.setLabel(getTranslation("emulation.agreement.field.span"));
        span.setItems(AgreementSpan.values());
        span.setItemLabelGenerator(each -> getTranslation(each.messageKey()));
        span.setValue(AgreementSpan.HALF_YEAR);
        Select<Optional<RoundChoice>> round = new Select<>();
        round.setLabel(getTranslation("emulation.agreement.field.round"));
        round.setItemLabelGenerator(choice -> choice.map(RoundChoice::title)
                .orElse(getTranslation("emulation.agreement.field.sameRound")));
        Runnable rounds = () -> {
            List<Optional<RoundChoice>> choices = new ArrayList<>();
            choices.add(Optional.empty());
            agreements.rounds(cluster.getValue().id()).forEach(choice -> choices.add(Optional.of(choice)));
            round.setItems(choices);
            round.setValue(Optional.empty());
        };
        rounds.run();
        cluster.addValueChangeListener(change -> rounds.run());
        new FormDialog(getTranslation("emulation.agreement.create"), getTranslation("emulation.agreement.next"),
                () -> Actions.call(() -> agreements.proposal(cluster.getValue().id(), campaign.id(),
                        year.getValue() == null ? campaign.startsOn().getYear() : year.getValue(), span.getValue(),
                        round.getValue().map(RoundChoice::id).orElse(null)))
                        .map(offered -> {
                            new AgreementDialog(agreements, cluster.getValue(), offered, this::open).open();
                            return true;
                        }).orElse(false))
                .wide(cluster).fields(year, span).wide(round).open();
    }

    private void open(AgreementId id) {
        getUI().ifPresent(ui -> ui.navigate(AgreementPage.class, id.value()));
    }
}
