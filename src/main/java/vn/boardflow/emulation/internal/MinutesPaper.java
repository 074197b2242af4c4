package vn.boardflow.emulation.internal;

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
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.emulation.AgreementCriterion;
import vn.boardflow.emulation.Agreements.AgreementView;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.emulation.ScoreText;
import vn.boardflow.emulation.Scorecards.Card;
import vn.boardflow.emulation.Scorecards.Line;
import vn.boardflow.emulation.Scorecards.Standings;
import vn.boardflow.shared.VietnameseDates;

/**
 * The Biên bản họp cụm of the meeting that ranked the members: who met and who chaired, the ranking table with
 * its tie-breaks, each member's score per criterion, and the chair's adjustments with their reasons.
 */
final class MinutesPaper {

    static final List<String> RANKING_COLUMNS = List.of("Hạng", "Đơn vị", "Tổng điểm", "Điểm kiểm tra",
            "Báo cáo đúng hạn");

    private MinutesPaper() {
    }

    /** @param agreementSymbol the agreement's number once issued, {@code null} before */
    static DraftContent draft(Standings standings, String agreementSymbol, ProposedSigner head) {
        AgreementView agreement = standings.agreement();
        String span = agreement.span().label(agreement.year());
        LocalDate heldOn = standings.asOf();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Chủ trì: " + agreement.chair().name() + "."));
        blocks.add(new Paragraph("Thành phần: đại diện " + String.join(", ", agreement.cluster().members().stream()
                .map(Member::name).toList()) + "."));
        blocks.add(new Part("I", "KẾT QUẢ CHẤM ĐIỂM VÀ XẾP HẠNG"));
        blocks.add(ranking(standings));
        blocks.add(new Paragraph("Các đơn vị bằng tổng điểm được xếp theo điểm kiểm tra, tiếp đến tỷ lệ báo cáo đúng"
                + " hạn; các đơn vị bằng nhau cả ba được xếp đồng hạng."));
        blocks.add(new Part("II", "ĐIỂM THEO TỪNG TIÊU CHÍ"));
        blocks.add(perCriterion(standings));
        blocks.add(new Part("III", "ĐIỀU CHỈNH CỦA ĐƠN VỊ CHỦ TRÌ"));
        List<Block> adjustments = adjustments(standings);
        blocks.addAll(adjustments.isEmpty() ? List.of(new Paragraph("Không có điều chỉnh.")) : adjustments);
        return new DraftContent(DocumentType.BIEN_BAN, "Họp " + agreement.cluster().name() + " chấm điểm, xếp hạng thi"
                + " đua " + span, null, List.of(), "Hôm nay, " + VietnameseDates.longDate(heldOn) + ", "
                + agreement.cluster().name() + " họp đánh giá, chấm điểm và xếp hạng thi đua " + span
                + (agreementSymbol == null ? "" : " theo Bản giao ước thi đua số " + agreementSymbol) + ".", blocks,
                "Các đơn vị thống nhất với kết quả trên; biên bản được thông qua tại cuộc họp.", head.form(),
                head.name(), AgreementPaper.recipients(agreement));
    }

    private static Table ranking(Standings standings) {
        List<List<String>> rows = new ArrayList<>();
        for (Card card : standings.cards()) {
            rows.add(List.of(String.valueOf(card.rank()), card.unitName(), ScoreText.of(card.total()),
                    ScoreText.percent(card.inspectionPercent()), ScoreText.percent(card.timeliness())));
        }
        return new Table(RANKING_COLUMNS, rows);
    }

    private static Table perCriterion(Standings standings) {
        List<String> headers = new ArrayList<>();
        headers.add("Đơn vị");
        standings.agreement().criteria().stream().map(AgreementCriterion::code).forEach(headers::add);
        List<List<String>> rows = new ArrayList<>();
        for (Card card : standings.cards()) {
            List<String> row = new ArrayList<>();
            row.add(card.unitName());
            card.lines().forEach(line -> row.add(ScoreText.of(line.result())));
            rows.add(row);
        }
        return new Table(headers, rows);
    }

    private static List<Block> adjustments(Standings standings) {
        List<Block> adjusted = new ArrayList<>();
        for (Card card : standings.cards()) {
            for (Line line : card.lines()) {
                if (line.chair() != null) {
                    adjusted.add(new Bullet(card.unitName() + ", tiêu chí " + line.criterion().code() + ": "
                            + ScoreText.of(line.chair()) + " điểm (" + line.chairReason() + ")."));
                }
            }
        }
        return adjusted;
    }
}
