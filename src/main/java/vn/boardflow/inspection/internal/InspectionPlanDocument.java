package vn.boardflow.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.Issuers.ProposedSigner;
import vn.boardflow.document.Recipient;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.inspection.Checklist.Group;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.InspectionMode;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.RatingScale;
import vn.boardflow.shared.VietnameseDates;

/**
 * A round's Kế hoạch kiểm tra, drawn from its confirmed schedule: purpose, what is checked (the checklist's
 * groups and the rating thresholds), the teams, the visits by date, and what the wards prepare.
 */
final class InspectionPlanDocument {

    private InspectionPlanDocument() {
    }

    /** @param memberNames each team's members other than the head, by full name */
    record TeamFacts(String name, String headName, List<String> memberNames) {
    }

    record VisitFacts(LocalDate date, String ward, String team, InspectionMode mode) {
    }

    record Facts(InspectionPeriod period, int year, String purpose, Checklist checklist, boolean selfAssessment,
                 List<TeamFacts> teams, List<VisitFacts> visits, List<Recipient> recipients) {
    }

    /** As its draft on the document route, the body's head proposed to sign it. */
    static DraftContent draft(Facts facts, ProposedSigner head) {
        return new DraftContent(DocumentType.KE_HOACH,
                "Kiểm tra việc thực hiện Đề án " + facts.period().span(facts.year()) + " tại các phường", null,
                List.of(), null, blocks(facts), null, head.form(), head.name(), facts.recipients());
    }

    static List<Block> blocks(Facts facts) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Part("I", "MỤC ĐÍCH, YÊU CẦU."));
        String purpose = facts.purpose().isBlank() ? facts.period().defaultPurpose(facts.year()) : facts.purpose();
        purpose.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> blocks.add(new Bullet(line)));
        blocks.add(new Part("II", "NỘI DUNG KIỂM TRA."));
        blocks.add(new Paragraph("Kiểm tra theo " + facts.checklist().name() + " (thang điểm "
                + facts.checklist().maxScore() + "), gồm các nội dung:"));
        List<List<String>> groups = new ArrayList<>();
        int number = 1;
        for (Group group : facts.checklist().groups()) {
            groups.add(List.of(String.valueOf(number++), group.title(), String.valueOf(group.maxScore())));
        }
        groups.add(List.of("", "Tổng cộng", String.valueOf(facts.checklist().maxScore())));
        blocks.add(new Table(List.of("STT", "Nội dung", "Điểm tối đa"), groups));
        RatingScale scale = facts.checklist().scale();
        blocks.add(new Paragraph("Xếp loại theo tỷ lệ điểm đạt: Xuất sắc từ " + scale.excellent() + "%; Tốt từ "
                + scale.good() + "%; Khá từ " + scale.fair() + "%; Trung bình từ " + scale.average()
                + "%; Yếu dưới " + scale.average() + "%."));
        blocks.add(new Part("III", "THÀNH PHẦN ĐOÀN KIỂM TRA."));
        for (TeamFacts team : facts.teams()) {
            blocks.add(new Bullet(team.name() + ": Trưởng đoàn: " + team.headName()
                    + (team.memberNames().isEmpty() ? "" : "; thành viên: " + String.join(", ", team.memberNames()))
                    + "."));
        }
        blocks.add(new Part("IV", "THỜI GIAN, HÌNH THỨC KIỂM TRA."));
        List<List<String>> visits = new ArrayList<>();
        number = 1;
        for (VisitFacts visit : facts.visits()) {
            visits.add(List.of(String.valueOf(number++), VietnameseDates.format(visit.date()), visit.ward(),
                    visit.team(), visit.mode().label()));
        }
        blocks.add(new Table(List.of("STT", "Ngày", "Phường", "Đoàn kiểm tra", "Hình thức"), visits));
        blocks.add(new Part("V", "TỔ CHỨC THỰC HIỆN."));
        if (facts.selfAssessment()) {
            blocks.add(new Bullet("Ban Tổ chức Đề án các phường tự chấm điểm theo bộ tiêu chí trên hệ thống trước"
                    + " ngày kiểm tra, đính kèm minh chứng."));
        }
        blocks.add(new Bullet("Các phường chuẩn bị đầy đủ hồ sơ, sổ sách, minh chứng theo bộ tiêu chí; bố trí thành"
                + " phần làm việc với đoàn kiểm tra theo lịch trên."));
        blocks.add(new Bullet("Các đoàn kiểm tra lập biên bản kiểm tra tại từng phường; Tổ Thư ký tổng hợp kết quả,"
                + " báo cáo Ban Tổ chức Đề án sau khi kết thúc đợt kiểm tra."));
        return blocks;
    }
}
