package vn.boardflow.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.Issuers.ProposedSigner;
import vn.boardflow.document.Recipient;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.InspectionMode;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.Rating;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.shared.VietnameseDates;

/**
 * A round's Báo cáo kết quả kiểm tra: how many wards earned each rating, each ward's date, mode, score,
 * rating and minutes in one table, and the shortfalls found, ward by ward.
 */
final class SummaryReport {

    private SummaryReport() {
    }

    record WardResult(String ward, LocalDate date, InspectionMode mode, Map<String, CriterionScore> scores, int total,
                      Rating rating, String minutes) {
    }

    record Facts(InspectionPeriod period, int year, Checklist checklist, List<WardResult> wards,
                 List<Recipient> recipients) {
    }

    /** As its draft on the document route, the body's head proposed to sign it. */
    static DraftContent draft(Facts facts, ProposedSigner head) {
        return new DraftContent(DocumentType.BAO_CAO,
                "Kết quả kiểm tra việc thực hiện Đề án " + facts.period().span(facts.year()), null, List.of(),
                preamble(facts), blocks(facts), null, head.form(), head.name(), facts.recipients());
    }

    private static String preamble(Facts facts) {
        LocalDate first = facts.wards().stream().map(WardResult::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = facts.wards().stream().map(WardResult::date).max(LocalDate::compareTo).orElseThrow();
        return "Từ ngày " + VietnameseDates.format(first) + " đến ngày " + VietnameseDates.format(last)
                + ", các đoàn kiểm tra đã kiểm tra việc thực hiện Đề án tại " + facts.wards().size()
                + " phường theo bộ tiêu chí " + facts.checklist().maxScore() + " điểm. Kết quả như sau:";
    }

    static List<Block> blocks(Facts facts) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Part("I", "KẾT QUẢ CHUNG."));
        Map<Rating, Integer> counted = new EnumMap<>(Rating.class);
        facts.wards().forEach(ward -> counted.merge(ward.rating(), 1, Integer::sum));
        for (Rating rating : Rating.values()) {
            blocks.add(new Bullet(rating.label() + ": " + counted.getOrDefault(rating, 0) + " phường"));
        }
        blocks.add(new Part("II", "KẾT QUẢ TỪNG PHƯỜNG."));
        List<List<String>> rows = new ArrayList<>();
        for (WardResult ward : facts.wards()) {
            rows.add(List.of(String.valueOf(rows.size() + 1), ward.ward(), VietnameseDates.format(ward.date()),
                    ward.mode().label(),
                    String.valueOf(ward.total()), ward.rating().label(), ward.minutes() == null ? "" : ward.minutes()));
        }
        blocks.add(new Table(List.of("STT", "Phường", "Ngày kiểm tra", "Hình thức", "Điểm", "Xếp loại", "Biên bản"),
                rows));
        blocks.add(new Part("III", "NHỮNG TỒN TẠI, HẠN CHẾ."));
        boolean any = false;
        for (WardResult ward : facts.wards()) {
            for (ScoreSheet.Shortfall shortfall : ScoreSheet.shortfalls(facts.checklist(), ward.scores())) {
                any = true;
                blocks.add(new Bullet(ward.ward() + ": " + shortfall.describe()));
            }
        }
        if (!any) {
            blocks.add(new Paragraph("Các phường thực hiện đầy đủ các tiêu chí trong kỳ kiểm tra."));
        }
        return blocks;
    }
}
