package vn.boardflow.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.boardflow.document.DocumentContent.Annex;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentContent.Picture;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.Issuers.ProposedSigner;
import vn.boardflow.document.Recipient;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.report.FormField;
import vn.boardflow.report.ReportConsolidations.Consolidation;
import vn.boardflow.report.ReportConsolidations.Total;
import vn.boardflow.report.ReportConsolidations.UnitRow;
import vn.boardflow.shared.VietnameseNumbers;

/**
 * The body's report of a period, drafted from its consolidation: I. the results per target (the period, the year
 * so far, the body's annual target and the percent reached), then each of the form's sections as the secretariat
 * edited it, under a part of its own; the units not consolidated named; each unit's figures in a phụ lục.
 */
final class CityReport {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** A section's own numeral ("II. Đánh giá"): the report numbers its parts itself. */
    private static final Pattern NUMBERED = Pattern.compile("^[IVXLC]+\\.\\s*");

    private CityReport() {
    }

    /**
     * @param planSymbol the number and symbol of the body's issued plan of the year, if it has one
     * @param progress   the dashboard's chart of the first figure's year so far against its target, if it has figures
     */
    record Facts(Consolidation consolidation, String summary, Map<String, String> texts, String planSymbol,
                 List<Recipient> recipients, Picture progress) {
    }

    static DraftContent draft(Facts facts, ProposedSigner head) {
        Consolidation consolidation = facts.consolidation();
        return new DraftContent(DocumentType.BAO_CAO, facts.summary(), null, List.of(), opening(facts),
                blocks(facts), null, head.form(), head.name(), facts.recipients(),
                List.of(new Annex(Annex.PHU_LUC, "Kết quả " + consolidation.period().label() + " của từng đơn vị",
                        List.of(new Paragraph("Mỗi ô ghi số trong kỳ / lũy kế từ đầu năm."), unitTable(consolidation)))));
    }

    private static String opening(Facts facts) {
        Consolidation consolidation = facts.consolidation();
        long accepted = consolidation.units().size() - consolidation.missing().size();
        String plan = facts.planSymbol() == null ? "" : "Thực hiện Kế hoạch số " + facts.planSymbol() + "; ";
        return plan + "trên cơ sở báo cáo của " + accepted + "/" + consolidation.units().size()
                + " đơn vị, kết quả thực hiện " + consolidation.period().label() + " như sau:";
    }

    private static List<Block> blocks(Facts facts) {
        Consolidation consolidation = facts.consolidation();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Part("I", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"));
        List<List<String>> rows = new ArrayList<>();
        for (Total total : consolidation.totals()) {
            rows.add(List.of(String.valueOf(rows.size() + 1), total.field().label(), total.field().unit(),
                    total.target() == null ? "" : VietnameseNumbers.grouped(total.target()),
                    VietnameseNumbers.grouped(total.period()), VietnameseNumbers.grouped(total.cumulative()),
                    total.percent() == null ? "" : total.percent() + "%"));
        }
        blocks.add(new Table(List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm", "Trong kỳ", "Lũy kế", "Tỷ lệ"),
                rows));
        if (facts.progress() != null) {
            blocks.add(facts.progress());
        }
        if (!consolidation.missing().isEmpty()) {
            blocks.add(new Paragraph("Số liệu chưa gồm các đơn vị chưa được tiếp nhận báo cáo: "
                    + String.join(", ", consolidation.missing()) + "."));
        }
        int part = 1;
        for (FormField section : consolidation.sections()) {
            String text = facts.texts().getOrDefault(section.key(), "").strip();
            if (text.isEmpty()) {
                continue;
            }
            part++;
            blocks.add(new Part(VietnameseNumbers.roman(part),
                    NUMBERED.matcher(section.label()).replaceFirst("").toUpperCase(VIETNAMESE)));
            for (String line : text.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String stripped = line.strip();
                blocks.add(stripped.startsWith("-") ? new Bullet(stripped.substring(1).strip()) : new Paragraph(stripped));
            }
        }
        return blocks;
    }

    /** Each unit's figures of the period, with its year so far after a slash. */
    private static Table unitTable(Consolidation consolidation) {
        List<String> headers = new ArrayList<>(List.of("TT", "Đơn vị"));
        consolidation.totals().forEach(total -> headers.add(total.field().label()));
        List<List<String>> rows = new ArrayList<>();
        for (UnitRow unit : consolidation.units()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(rows.size() + 1), unit.unitName()));
            for (Total total : consolidation.totals()) {
                String key = total.field().key();
                Long period = unit.period().get(key);
                Long cumulative = unit.cumulative().get(key);
                row.add(period == null ? "–" : VietnameseNumbers.grouped(period)
                        + (cumulative == null ? "" : " / " + VietnameseNumbers.grouped(cumulative)));
            }
            rows.add(row);
        }
        List<String> sums = new ArrayList<>(List.of("", "Tổng cộng"));
        consolidation.totals().forEach(total -> sums.add(VietnameseNumbers.grouped(total.period()) + " / "
                + VietnameseNumbers.grouped(total.cumulative())));
        rows.add(sums);
        return new Table(headers, rows);
    }
}
