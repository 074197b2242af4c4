package vn.boardflow.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.DemoOrganisationLoaded;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.IssuedTargets.YearTargets;
import vn.boardflow.plan.IssuedTargets;
import vn.boardflow.report.FormField;
import vn.boardflow.report.PeriodType;
import vn.boardflow.report.ReceivedReports;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportForms.FormDefinition;
import vn.boardflow.report.ReportForms;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.ReportSchedule;
import vn.boardflow.report.UnitReports.ReportEntry;

/**
 * The city board's monthly form and its 14 wards' reports of January to October 2018, under the seed's plan, as a
 * board that moved its paper register into BoardFlow has them: recorded by the secretariat as received on the day
 * each came, most on time and some late; the wards keep a little ahead of the plan's pace, one (the tenth) behind.
 * The province's form follows the city board's own months, as it reported them.
 */
@Component
class DemoReports {

    static final int YEAR = Seed004Text.YEAR;
    static final int MONTHS = 10;
    /** The ward that keeps behind the pace, by its place in the seed's order. */
    static final int BEHIND = 9;
    static final String PROVINCE_FORM = "Báo cáo tháng kết quả thực hiện Đề án của các thành phố";

    private final IssuingBodies bodies;
    private final ReportForms forms;
    private final ReceivedReports received;
    private final IssuedTargets targets;
    private final DemoUsers users;

    DemoReports(IssuingBodies bodies, ReportForms forms, ReceivedReports received, IssuedTargets targets,
                DemoUsers users) {
        this.bodies = bodies;
        this.forms = forms;
        this.received = received;
        this.targets = targets;
        this.users = users;
    }

    void load(DemoOrganisationLoaded organisation) {
        users.signIn("duthao");
        IssuingBodyView board = DemoPlans.cityBoard(bodies, organisation);
        FormDefinition proposal = forms.proposal(board.id());
        ReportFormId formId = forms.create(board.id(), proposal);
        YearTargets plan = targets.of(board.id(), YEAR).orElseThrow();
        ReportSchedule schedule = proposal.schedule();
        // the same figures at every start, so the README's walkthrough reads them
        Random random = new Random(YEAR);
        List<UnitId> wards = proposal.reportingUnits();
        List<Map<String, Long>> cityMonths = new ArrayList<>();
        for (int month = 1; month <= MONTHS; month++) {
            ReportPeriod period = ReportPeriod.month(YEAR, month);
            Map<String, Long> city = new HashMap<>();
            for (int ward = 0; ward < wards.size(); ward++) {
                UnitId unit = wards.get(ward);
                double pace = ward == BEHIND ? 0.55 : 1.0 + random.nextDouble() * 0.25;
                ReportEntry entry = entry(proposal.fields(), plan, unit, pace, random, month);
                received.record(formId, period, unit, entry, receivedOn(schedule, period, ward, month));
                entry.figures().forEach((key, value) -> city.merge(key, value, Long::sum));
            }
            cityMonths.add(city);
        }
        province(organisation, board, cityMonths);
    }

    /**
     * The province's form as its secretariat makes it, proposed for the city board that now keeps one (the same
     * catalogue's figures and sections, so the city's issued report writes its own); the city's months of 2018
     * came on paper by the 5th of the next month.
     */
    private void province(DemoOrganisationLoaded organisation, IssuingBodyView city,
                          List<Map<String, Long>> cityMonths) {
        users.signIn("tinh");
        IssuingBodyView steering = DemoPlans.bodyOf(bodies, organisation.provincialBoardId());
        FormDefinition proposal = forms.proposal(steering.id());
        ReportSchedule schedule = new ReportSchedule(PeriodType.MONTH, 5, true, 2, 15);
        ReportFormId formId = forms.create(steering.id(), new FormDefinition(PROVINCE_FORM, schedule,
                proposal.reportingUnits(), proposal.acceptingUnit(), proposal.fields()));
        for (int month = 1; month <= cityMonths.size(); month++) {
            ReportPeriod period = ReportPeriod.month(YEAR, month);
            received.record(formId, period, city.unitId(), new ReportEntry(cityMonths.get(month - 1), Map.of(
                    "ket-qua", "14 phường tổ chức sinh hoạt chi hội nhà trọ theo chủ đề tháng " + month + ".",
                    "uu-diem", "Các phường duy trì sinh hoạt định kỳ.",
                    "han-che", "Một phường còn chậm tiến độ phát triển chi hội mới.",
                    "phuong-huong", "Tập trung hỗ trợ phường chậm tiến độ.")), schedule.dueOn(period).minusDays(1));
        }
    }

    private static ReportEntry entry(List<FormField> fields, YearTargets plan, UnitId unit, double pace,
                                     Random random, int month) {
        Map<String, Long> figures = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (FormField field : fields) {
            if (field.numeric()) {
                long share = field.indicatorId() == null ? 12 : plan.line(field.indicatorId())
                        .map(line -> line.shareOf(unit)).orElse(12L);
                double monthly = share * pace / 12 * (0.7 + random.nextDouble() * 0.6);
                figures.put(field.key(), Math.max(0, Math.round(monthly)));
            }
        }
        texts.put("ket-qua", "Tổ chức sinh hoạt chi hội nhà trọ theo chủ đề tháng " + month
                + "; vận động thanh niên công nhân tham gia hoạt động tình nguyện tại khu dân cư.");
        texts.put("uu-diem", "Các chi hội duy trì sinh hoạt định kỳ; chủ nhà trọ phối hợp tốt.");
        texts.put("han-che", pace < 0.8 ? "Thanh niên công nhân thay đổi chỗ ở nhiều, khó duy trì sinh hoạt."
                : "Một số chi hội sinh hoạt chưa đều.");
        texts.put("phuong-huong", "Tiếp tục phát triển chi hội mới tại các khu nhà trọ đông thanh niên công nhân.");
        return new ReportEntry(figures, texts);
    }

    /** A few days before the deadline as a rule; every seventh report some days after the days of grace. */
    private static LocalDate receivedOn(ReportSchedule schedule, ReportPeriod period, int ward, int month) {
        if ((ward + month) % 7 == 0) {
            return schedule.onTimeUntil(period).plusDays(1 + ward % 4);
        }
        return schedule.dueOn(period).minusDays(ward % 5);
    }
}
