package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.boardflow.emulation.Campaigns;
import vn.boardflow.emulation.Campaigns.Body;
import vn.boardflow.emulation.Campaigns.CampaignView;
import vn.boardflow.emulation.Campaigns.NewCampaign;
import vn.boardflow.emulation.Clusters;
import vn.boardflow.emulation.Clusters.ClusterView;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.emulation.Clusters.NewCluster;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.StackedCell;

/**
 * Thi đua – khen thưởng: the campaigns and clusters the user sees; the secretariat starts a campaign or gathers a
 * cluster here, and opens a campaign to draw up its agreements.
 */
@Route("emulation")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER", "WARD_OFFICER"})
@Menu(title = "nav.emulation", order = 27.5, icon = "vaadin:trophy")
class EmulationView extends VerticalLayout implements HasDynamicTitle {

    private final Campaigns campaigns;
    private final Clusters clusters;
    private final Clock clock;
    private final Grid<CampaignView> campaignGrid = new Grid<>();
    private final Grid<ClusterView> clusterGrid = new Grid<>();

    EmulationView(Campaigns campaigns, Clusters clusters, Clock clock) {
        this.campaigns = campaigns;
        this.clusters = clusters;
        this.clock = clock;
        setSizeFull();
        List<Body> bodies = campaigns.bodies();
        Button newCampaign = new Button(getTranslation("emulation.campaign.create"), VaadinIcon.PLUS.create(),
                click -> creatingCampaign(bodies));
        newCampaign.addThemeVariants(ButtonVariant.PRIMARY);
        newCampaign.setId("new-campaign");
        Button newCluster = new Button(getTranslation("emulation.cluster.create"), VaadinIcon.GROUP.create(),
                click -> creatingCluster(bodies));
        newCluster.setId("new-cluster");
        HorizontalLayout actions = new HorizontalLayout(newCampaign, newCluster);
        actions.setVisible(!bodies.isEmpty());

        campaignGrid.setId("campaigns");
        campaignGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        campaignGrid.addComponentColumn(campaign -> StackedCell.of(campaign.name(), campaign.bodyLabel()))
                .setHeader(getTranslation("emulation.campaign.column.name")).setFlexGrow(3);
        campaignGrid.addColumn(campaign -> VietnameseDates.format(campaign.startsOn()) + " – "
                        + VietnameseDates.format(campaign.endsOn()))
                .setHeader(getTranslation("emulation.campaign.column.span")).setAutoWidth(true).setFlexGrow(0);
        campaignGrid.setEmptyStateText(getTranslation("emulation.campaign.empty"));
        campaignGrid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CampaignPage.class,
                click.getItem().id().value())));
        campaignGrid.setAllRowsVisible(true);

        clusterGrid.setId("clusters");
        clusterGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        clusterGrid.addComponentColumn(cluster -> StackedCell.of(cluster.name(), cluster.bodyLabel()))
                .setHeader(getTranslation("emulation.cluster.column.name")).setFlexGrow(2);
        clusterGrid.addColumn(ClusterView::term).setHeader(getTranslation("emulation.cluster.column.term"))
                .setAutoWidth(true).setFlexGrow(0);
        clusterGrid.addColumn(cluster -> String.join(", ", cluster.members().stream().map(Member::name).toList()))
                .setHeader(getTranslation("emulation.cluster.column.members")).setFlexGrow(3);
        clusterGrid.setEmptyStateText(getTranslation("emulation.cluster.empty"));
        clusterGrid.setAllRowsVisible(true);
        refresh();
        add(actions, new H3(getTranslation("emulation.campaigns")), campaignGrid,
                new H3(getTranslation("emulation.clusters")), clusterGrid);
    }

    private void refresh() {
        campaignGrid.setItems(campaigns.all());
        clusterGrid.setItems(clusters.all());
    }

    private Select<Body> bodyField(List<Body> bodies) {
        Select<Body> body = new Select<>();
        body.setLabel(getTranslation("emulation.field.body"));
        body.setItems(bodies);
        body.setItemLabelGenerator(Body::label);
        body.setValue(bodies.getFirst());
        return body;
    }

    private void creatingCampaign(List<Body> bodies) {
        int year = LocalDate.now(clock.withZone(VietnameseDates.ZONE)).getYear();
        Select<Body> body = bodyField(bodies);
        TextField name = new TextField(getTranslation("emulation.campaign.field.name"));
        name.setMaxLength(300);
        name.setPlaceholder("Phong trào thi đua năm " + year);
        DatePicker from = DatePickers.create(getTranslation("emulation.campaign.field.from"));
        from.setValue(LocalDate.of(year, 1, 1));
        DatePicker to = DatePickers.create(getTranslation("emulation.campaign.field.to"));
        to.setValue(LocalDate.of(year, 12, 31));
        TextArea goals = new TextArea(getTranslation("emulation.campaign.field.goals"));
        goals.setMaxLength(4000);
        new FormDialog(getTranslation("emulation.campaign.create"), getTranslation("emulation.campaign.save"),
                () -> Actions.call(() -> campaigns.create(new NewCampaign(body.getValue().id(), name.getValue(),
                        from.getValue(), to.getValue(), goals.getValue()))).map(id -> {
                    getUI().ifPresent(ui -> ui.navigate(CampaignPage.class, id.value()));
                    return true;
                }).orElse(false)).wide(body).wide(name).fields(from, to).wide(goals).open();
    }

    private void creatingCluster(List<Body> bodies) {
        int year = LocalDate.now(clock.withZone(VietnameseDates.ZONE)).getYear();
        Select<Body> body = bodyField(bodies);
        TextField name = new TextField(getTranslation("emulation.cluster.field.name"));
        name.setMaxLength(200);
        IntegerField from = new IntegerField(getTranslation("emulation.cluster.field.from"));
        from.setValue(year);
        IntegerField to = new IntegerField(getTranslation("emulation.cluster.field.to"));
        to.setValue(year + 4);
        MultiSelectComboBox<Member> members = new MultiSelectComboBox<>(getTranslation("emulation.cluster.field.members"));
        members.setItemLabelGenerator(Member::name);
        members.setHelperText(getTranslation("emulation.cluster.field.members.help"));
        Runnable candidates = () -> members.setItems(clusters.candidates(body.getValue().id()));
        candidates.run();
        body.addValueChangeListener(change -> candidates.run());
        new FormDialog(getTranslation("emulation.cluster.create"), getTranslation("emulation.cluster.save"),
                () -> Actions.runAndThen(() -> clusters.create(new NewCluster(body.getValue().id(), name.getValue(),
                        from.getValue() == null ? 0 : from.getValue(), to.getValue() == null ? 0 : to.getValue(),
                        clusters.candidates(body.getValue().id()).stream().filter(members.getValue()::contains)
                                .map(Member::unitId).toList())), "emulation.cluster.saved", this::refresh))
                .wide(body).wide(name).fields(from, to).wide(members).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.emulation");
    }
}
