package vn.boardflow.emulation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boardflow.KaribuTest;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.emulation.Scorecards.Card;
import vn.boardflow.emulation.Scorecards.Line;
import vn.boardflow.org.Organisation;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.report.ReportForms;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportingBoard;
import vn.boardflow.report.ReceivedReports;
import vn.boardflow.shared.ui.FormDialog;

/**
 * The secretariat starts a campaign, gathers its wards into a cluster and draws up the half-year agreement from
 * Thi đua – khen thưởng; the first ward, which chairs, opens its scorecard from the ranking, reads the system's
 * score with its source, scores the criteria the units score and sends them; the chair then publishes the ranking.
 */
class EmulationScreensTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void aCampaignsAgreementIsDrawnUpScoredAndRankedOnItsScreens() {
        ReportingBoard reporting = ReportingBoard.create(context);
        PlanningBoard board = reporting.board();
        loginAs(board.drafter());
        ReportFormId form = context.getBean(ReportForms.class).create(board.bodyId(), reporting.monthlyForm());
        context.getBean(ReceivedReports.class).record(form, ReportPeriod.month(2026, 1), board.wards().getFirst(),
                reporting.entry(5, 90, 1, "Tốt"), LocalDate.of(2026, 1, 20));

        UI.getCurrent().navigate("emulation");
        _click(_get(Button.class, spec -> spec.withId("new-cluster")));
        FormDialog cluster = _get(FormDialog.class);
        fill(_get(cluster, TextField.class, spec -> spec.withLabel("Tên cụm")), "Cụm thi đua các phường");
        MultiSelectComboBox<Member> members = _get(cluster, MultiSelectComboBox.class,
                spec -> spec.withLabel("Đơn vị thành viên"));
        fill(members, new HashSet<>(members.getListDataView().getItems().toList()));
        _click(_get(cluster, Button.class, spec -> spec.withText("Lưu cụm thi đua")));
        NotificationsKt.expectNotifications("Đã lưu cụm thi đua.");

        _click(_get(Button.class, spec -> spec.withId("new-campaign")));
        FormDialog campaign = _get(FormDialog.class);
        fill(_get(campaign, TextField.class, spec -> spec.withLabel("Tên phong trào, đợt thi đua")),
                "Phong trào thi đua năm 2026");
        _click(_get(campaign, Button.class, spec -> spec.withText("Lưu phong trào")));

        _click(_get(Button.class, spec -> spec.withId("new-agreement")));
        _click(_get(_get(FormDialog.class), Button.class, spec -> spec.withText("Tiếp tục")));
        _click(_get(Button.class, spec -> spec.withId("save-agreement")));
        Grid<Card> ranking = _get(Grid.class, spec -> spec.withId("ranking"));
        assertThat(GridKt._findAll(ranking)).hasSize(3);
        assertThat(_find(Button.class, spec -> spec.withId("rank-agreement"))).as("the secretariat does not chair")
                .isEmpty();
        String page = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        loginAs(board.wardOfficer());
        UI.getCurrent().navigate(page);
        ranking = _get(Grid.class, spec -> spec.withId("ranking"));
        String first = context.getBean(Organisation.class).today().nameOf(board.wards().getFirst());
        List<Card> cards = GridKt._findAll(ranking);
        GridKt._clickItem(ranking, cards.indexOf(cards.stream().filter(card -> card.unitName().equals(first))
                .findFirst().orElseThrow()));
        Grid<Line> scorecard = _get(Grid.class, spec -> spec.withId("scorecard"));
        Line targets = GridKt._findAll(scorecard).getFirst();
        assertThat(targets.source().detail()).as("January on the pace of two months due: 30 % and 90 %")
                .isEqualTo("Đạt bình quân 60 % chỉ tiêu được giao theo tiến độ (2 chỉ tiêu)");
        assertThat(GridKt._findAll(scorecard).get(2).source()).as("no inspection round to read").isNull();

        _click(_get(Button.class, spec -> spec.withId("score-own")));
        FormDialog own = _get(FormDialog.class);
        for (BigDecimalField score : _find(own, BigDecimalField.class)) {
            fill(score, BigDecimal.ONE);
        }
        _click(_get(own, Button.class, spec -> spec.withId("send-own")));
        confirm();
        NotificationsKt.expectNotifications("Đã gửi điểm tự chấm.");

        ranking = _get(Grid.class, spec -> spec.withId("ranking"));
        assertThat(GridKt._findAll(ranking)).filteredOn(card -> card.unitName().equals(first)).singleElement()
                .satisfies(card -> assertThat(card.ownSent()).isTrue());
        _click(_get(Button.class, spec -> spec.withId("rank-agreement")));
        assertThat(confirm()).contains("không thể chấm thêm");
        NotificationsKt.expectNotifications("Đã chốt xếp hạng của cụm.");
        assertThat(_find(Button.class, spec -> spec.withId("rank-agreement"))).isEmpty();
    }
}
