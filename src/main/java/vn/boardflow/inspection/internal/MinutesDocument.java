package vn.boardflow.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.boardflow.document.Countersignature;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.DocumentIssuance.Body;
import vn.boardflow.document.DocumentIssuance.Distribution;
import vn.boardflow.document.DocumentIssuance.IssueDocument;
import vn.boardflow.document.DocumentIssuance.Signature;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.Issuers.Issuer;
import vn.boardflow.document.Recipient;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.Checklist.Group;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.InspectionMode;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.Rating;
import vn.boardflow.inspection.WardInspections.CriterionScore;

/**
 * A ward's inspection as its Biên bản kiểm tra: when, where and by whom; the score table by group and
 * criterion with the total; the rating; and, as conclusions, each criterion that fell short with its note.
 * The team head signs it, and a representative of the ward's board, whose name is written in on the day.
 */
final class MinutesDocument {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private MinutesDocument() {
    }

    /** What the minutes say of the ward; the names are the team's full names, head first. */
    record Facts(InspectionPeriod period, int year, String wardName, LocalDate visitDate, InspectionMode mode,
                 String teamName, String headName, List<String> memberNames, Checklist checklist,
                 Map<String, CriterionScore> scores, int total, Rating rating, Recipient ward) {
    }

    static IssueDocument issue(Issuer issuer, Facts facts) {
        return new IssueDocument(issuer.heading(DocumentType.BIEN_BAN,
                "Kiểm tra việc thực hiện Đề án " + facts.period().span(facts.year()) + " tại " + facts.wardName()),
                new Body(List.of(), preamble(facts), blocks(facts), null),
                Signature.own("TRƯỞNG ĐOÀN KIỂM TRA", facts.headName(),
                        new Countersignature("ĐẠI DIỆN " + facts.ward().label().toUpperCase(VIETNAMESE), "")),
                Distribution.to(List.of(facts.ward())));
    }

    private static String preamble(Facts facts) {
        LocalDate day = facts.visitDate();
        return "Hôm nay, ngày " + day.getDayOfMonth() + " tháng " + day.getMonthValue() + " năm " + day.getYear()
                + ", " + facts.teamName() + " tiến hành kiểm tra việc thực hiện Đề án tại " + facts.wardName()
                + " (kiểm tra " + facts.mode().label().toLowerCase(VIETNAMESE) + ")"
                + ", kết quả như sau:";
    }

    static List<Block> blocks(Facts facts) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Part("I", "THÀNH PHẦN ĐOÀN KIỂM TRA."));
        blocks.add(new Bullet("Trưởng đoàn: " + facts.headName()));
        if (!facts.memberNames().isEmpty()) {
            blocks.add(new Bullet("Thành viên: " + String.join(", ", facts.memberNames())));
        }
        blocks.add(new Part("II", "KẾT QUẢ KIỂM TRA."));
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (Group group : facts.checklist().groups()) {
            int groupScore = group.criteria().stream().mapToInt(criterion -> scoreOf(facts, criterion)).sum();
            rows.add(List.of(String.valueOf(number++), group.title(), String.valueOf(group.maxScore()),
                    String.valueOf(groupScore), ""));
            for (Criterion criterion : group.criteria()) {
                CriterionScore entry = facts.scores().get(criterion.code());
                rows.add(List.of(criterion.code(), criterion.text(), String.valueOf(criterion.maxScore()),
                        String.valueOf(scoreOf(facts, criterion)), entry == null ? "" : entry.note()));
            }
        }
        rows.add(List.of("", "Tổng cộng", String.valueOf(facts.checklist().maxScore()), String.valueOf(facts.total()),
                ""));
        blocks.add(new Table(List.of("TT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Ghi chú"), rows));
        blocks.add(new Paragraph("Tổng điểm: " + facts.total() + "/" + facts.checklist().maxScore()
                + " điểm. Xếp loại: " + facts.rating().label() + "."));
        blocks.add(new Part("III", "KẾT LUẬN, KIẾN NGHỊ."));
        List<ScoreSheet.Shortfall> shortfalls = ScoreSheet.shortfalls(facts.checklist(), facts.scores());
        if (shortfalls.isEmpty()) {
            blocks.add(new Bullet("Phường thực hiện đầy đủ các tiêu chí của Đề án trong kỳ kiểm tra."));
        }
        shortfalls.forEach(shortfall -> blocks.add(new Bullet(capitalised(shortfall.describe()))));
        return blocks;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static int scoreOf(Facts facts, Criterion criterion) {
        CriterionScore entry = facts.scores().get(criterion.code());
        return entry == null || entry.score() == null ? 0 : entry.score();
    }
}
