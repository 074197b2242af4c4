package vn.boardflow.emulation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Heading;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.Issuers.ProposedSigner;
import vn.boardflow.document.Recipient;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.emulation.AgreementCriterion;
import vn.boardflow.emulation.Agreements.AgreementView;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.emulation.CriterionKind;
import vn.boardflow.emulation.ScoreText;

/**
 * The Bản giao ước thi đua as the cluster signs it: the criteria and their scale, each member's commitments, how
 * the scores are given and ranked, and a signature line per member unit; the body that runs the campaign
 * confirms it under its head's signature.
 */
final class AgreementPaper {

    static final List<String> CRITERIA_COLUMNS = List.of("Mã", "Tiêu chí", "Loại", "Điểm tối đa", "Hệ số");
    static final List<String> SIGNATURE_COLUMNS = List.of("TT", "Đơn vị", "Họ và tên, chức vụ", "Ký tên");

    private AgreementPaper() {
    }

    static DraftContent draft(AgreementView agreement, String campaignName, ProposedSigner head) {
        String span = agreement.span().label(agreement.year());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Part("I", "NỘI DUNG VÀ THANG ĐIỂM THI ĐUA"));
        blocks.add(criteria(agreement));
        blocks.add(new Paragraph("Tổng điểm tối đa của các tiêu chí chấm điểm: " + ScoreText.of(maximum(agreement))
                + " điểm, chưa kể điểm thưởng."));
        blocks.add(new Part("II", "CHỈ TIÊU CÁC ĐƠN VỊ ĐĂNG KÝ"));
        blocks.add(commitments(agreement));
        blocks.add(new Part("III", "TỔ CHỨC THỰC HIỆN"));
        blocks.add(new Paragraph("1. " + agreement.chair().name() + " là đơn vị chủ trì cụm thi đua " + span + "."));
        blocks.add(new Paragraph("2. Các tiêu chí về kết quả thực hiện chỉ tiêu, báo cáo đúng hạn, kết quả kiểm tra"
                + " và khắc phục sau kiểm tra được chấm theo số liệu báo cáo và kết quả kiểm tra đã ghi nhận; các tiêu"
                + " chí còn lại do đơn vị tự chấm có minh chứng, các đơn vị trong cụm chấm chéo, đơn vị chủ trì điều"
                + " chỉnh có nêu lý do."));
        blocks.add(new Paragraph("3. Cụm xếp hạng theo tổng điểm; các đơn vị bằng điểm được xét theo điểm kiểm tra,"
                + " tiếp đến tỷ lệ báo cáo đúng hạn."));
        blocks.add(new Heading("ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC"));
        blocks.add(signatures(agreement));
        return new DraftContent(DocumentType.GIAO_UOC, "Thi đua " + span + " của " + agreement.cluster().name(),
                null, List.of(), "Thực hiện " + campaignName + ", các đơn vị thành viên " + agreement.cluster().name()
                + " (nhiệm kỳ " + agreement.cluster().term() + ") thống nhất ký kết giao ước thi đua " + span
                + " với các nội dung sau:", blocks, null, head.form(), head.name(), recipients(agreement));
    }

    static List<Recipient> recipients(AgreementView agreement) {
        return agreement.cluster().members().stream().map(member -> Recipient.unit(member.unitId(), member.name()))
                .toList();
    }

    private static Table criteria(AgreementView agreement) {
        List<List<String>> rows = new ArrayList<>();
        for (AgreementCriterion criterion : agreement.criteria()) {
            rows.add(List.of(criterion.code(), criterion.title(), criterion.kind().label(),
                    ScoreText.of(criterion.maxScore()), ScoreText.of(criterion.weight())));
        }
        return new Table(CRITERIA_COLUMNS, rows);
    }

    private static Table commitments(AgreementView agreement) {
        List<List<String>> rows = new ArrayList<>();
        for (Member member : agreement.cluster().members()) {
            rows.add(List.of(String.valueOf(rows.size() + 1), member.name(),
                    agreement.commitments().getOrDefault(member.unitId(), "")));
        }
        return new Table(List.of("TT", "Đơn vị", "Chỉ tiêu đăng ký"), rows);
    }

    private static Table signatures(AgreementView agreement) {
        List<List<String>> rows = new ArrayList<>();
        for (Member member : agreement.cluster().members()) {
            rows.add(List.of(String.valueOf(rows.size() + 1), member.name(), "", ""));
        }
        return new Table(SIGNATURE_COLUMNS, rows);
    }

    private static BigDecimal maximum(AgreementView agreement) {
        return agreement.criteria().stream().filter(criterion -> criterion.kind() == CriterionKind.SCORED)
                .map(criterion -> criterion.maxScore().multiply(criterion.weight()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
