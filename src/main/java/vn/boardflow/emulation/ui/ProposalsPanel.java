package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.boardflow.emulation.CampaignId;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.emulation.CommendationRule;
import vn.boardflow.emulation.ProposalId;
import vn.boardflow.emulation.Proposals;
import vn.boardflow.emulation.Proposals.Check;
import vn.boardflow.emulation.Proposals.ProposalView;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.StackedCell;

/**
 * A campaign's proposals for commendation the user sees, each with how many of its checks pass and fail; a ward's
 * officers and the secretariat add one for the units they propose for, and open one to read its checks, attach its
 * report and send it.
 */
class ProposalsPanel extends VerticalLayout {

    private final Proposals proposals;
    private final CampaignId campaignId;
    private final List<Member> units;
    private final List<CommendationRule> forms;
    private final Grid<ProposalView> grid = new Grid<>();

    ProposalsPanel(Proposals proposals, CampaignId campaignId) {
        this.proposals = proposals;
        this.campaignId = campaignId;
        this.units = proposals.nomineeUnits(campaignId);
        this.forms = proposals.forms(campaignId);
        setPadding(false);
        Button create = new Button(Messages.text("emulation.proposal.create"), VaadinIcon.PLUS.create(),
                click -> creating());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-proposal");
        create.setVisible(!units.isEmpty() && !forms.isEmpty());
        grid.setId("proposals");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(proposal -> StackedCell.of(proposal.details().nomineeName(),
                        proposal.details().position() == null ? proposal.nomineeUnitName()
                                : proposal.details().position() + " · " + proposal.nomineeUnitName()))
                .setHeader(Messages.text("emulation.proposal.column.nominee")).setFlexGrow(3);
        grid.addComponentColumn(proposal -> StackedCell.of(proposal.form() == null ? proposal.details().formCode()
                        : proposal.form().name(), proposal.prize() == null ? ""
                        : Messages.text("emulation.proposal.prize", proposal.prize().display())))
                .setHeader(Messages.text("emulation.proposal.column.form")).setFlexGrow(2);
        grid.addComponentColumn(proposal -> Badges.of(Messages.text("emulation.proposal.checks",
                        proposal.checks().stream().filter(check -> check.outcome() == Check.Outcome.PASSED).count(),
                        proposal.failed()), proposal.failed() == 0 ? Badges.Tone.SUCCESS : Badges.Tone.ERROR))
                .setHeader(Messages.text("emulation.proposal.column.checks")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(proposal -> Badges.of(Messages.text(proposal.status().messageKey()),
                        Badges.Tone.CONTRAST)).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(Messages.text("emulation.proposal.empty"));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> open(click.getItem().id()));
        refresh();
        add(create, grid);
    }

    private void refresh() {
        grid.setItems(proposals.ofCampaign(campaignId));
    }

    private void open(ProposalId id) {
        proposals.find(id).ifPresent(proposal -> new ProposalDialog(proposals, proposal, units, forms, this::refresh,
                () -> {
                    refresh();
                    open(id);
                }).open());
    }

    private void creating() {
        ProposalForm form = new ProposalForm(units, forms, null);
        FormDialog dialog = new FormDialog(Messages.text("emulation.proposal.create"),
                Messages.text("emulation.proposal.save"), () -> Actions.call(() -> proposals.create(
                form.details(campaignId))).map(id -> {
                    refresh();
                    open(id);
                    return true;
                }).orElse(false));
        form.rows().forEach(dialog::wide);
        dialog.open();
    }
}
