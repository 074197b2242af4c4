package vn.boardflow.plan.internal;

import java.util.ArrayList;
import java.util.List;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Section;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.DocumentType;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.plan.AnnualPlans.Ward;
import vn.boardflow.plan.PlanContent.PlanSection;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanContent;
import vn.boardflow.plan.PlanView;
import vn.boardflow.shared.VietnameseNumbers;

/**
 * A plan as the Kế hoạch it is drafted and issued as: part I lists the city's targets and then, "Cụ thể", each ward's
 * share in tables of four indicators with a total row, each column headed by its target's number in the
 * first table and its unit (a whole indicator's name would wrap over eight lines in a column that narrow),
 * leaving out targets the city set no value for; parts II and III number their sections; the signer, the
 * distribution list and the drafting unit's filed copy follow the body's format.
 */
final class PlanDocument {

    static final String TARGETS_PART = "MỤC TIÊU CỤ THỂ.";
    static final String MEASURES_PART = "NỘI DUNG, BIỆN PHÁP THỰC HIỆN.";
    static final String DUTIES_PART = "TỔ CHỨC THỰC HIỆN.";
    static final String ALLOCATION_INTRO = "Cụ thể, chỉ tiêu giao cho các phường như sau (chỉ tiêu đánh số theo bảng trên):";
    /** A portrait page holds the ward's name and four figures a row; more indicators continue in the next table. */
    static final int INDICATORS_PER_TABLE = 4;

    private PlanDocument() {
    }

    /**
     * The plan as the draft that carries it along the document route. A summary not written yet reads as the
     * plan's title, which the plan's own check refuses to send.
     */
    static DraftContent draft(int year, PlanContent content, List<Ward> wards) {
        String summary = content.summary().isEmpty() ? PlanView.titleOf(year) : content.summary();
        return new DraftContent(DocumentType.KE_HOACH, summary, null, content.legalBases(),
                content.preamble(), blocks(year, content, wards), content.closing(), content.signingForm(),
                content.signerName(), content.recipients());
    }

    static List<Block> blocks(int year, PlanContent content, List<Ward> wards) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Part("I", TARGETS_PART));
        content.targetNotes().forEach(note -> blocks.add(new Bullet(note)));
        if (!content.targets().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (TargetLine line : content.targets()) {
                rows.add(List.of(String.valueOf(rows.size() + 1), line.indicator(), line.unitOfMeasure(),
                        VietnameseNumbers.grouped(line.cityValue())));
            }
            blocks.add(new Table(List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Năm " + year), rows));
        }
        List<TargetLine> allocated = content.targets().stream()
                .filter(line -> line.allocated() && (line.cityValue() != 0 || line.wardTotal() != 0)).toList();
        if (!allocated.isEmpty() && !wards.isEmpty()) {
            blocks.add(new Paragraph(ALLOCATION_INTRO));
            for (int from = 0; from < allocated.size(); from += INDICATORS_PER_TABLE) {
                blocks.add(allocationTable(allocated.subList(from,
                        Math.min(allocated.size(), from + INDICATORS_PER_TABLE)), content.targets(), wards));
            }
        }
        addSections(blocks, "II", MEASURES_PART, content.measures());
        addSections(blocks, "III", DUTIES_PART, content.duties());
        return blocks;
    }

    private static Table allocationTable(List<TargetLine> allocated, List<TargetLine> targets, List<Ward> wards) {
        List<String> headers = new ArrayList<>(List.of("STT", "Phường"));
        allocated.forEach(line -> headers.add("Chỉ tiêu " + (targets.indexOf(line) + 1) + "\n(" + line.unitOfMeasure() + ")"));
        List<List<String>> rows = new ArrayList<>();
        for (Ward ward : wards) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(rows.size() + 1), ward.name()));
            allocated.forEach(line -> row.add(VietnameseNumbers.grouped(line.shareOf(ward.unitId()))));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("", "Tổng cộng"));
        allocated.forEach(line -> total.add(VietnameseNumbers.grouped(line.wardTotal())));
        rows.add(total);
        return new Table(headers, rows);
    }

    private static void addSections(List<Block> blocks, String numeral, String title, List<PlanSection> sections) {
        if (sections.isEmpty()) {
            return;
        }
        blocks.add(new Part(numeral, title));
        int number = 1;
        for (PlanSection section : sections) {
            blocks.add(new Section(String.valueOf(number++), section.title()));
            section.items().forEach(item -> blocks.add(new Bullet(item)));
        }
    }
}
