package vn.boardflow.emulation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.emulation.AgreementCriterion;
import vn.boardflow.emulation.CriterionKind;
import vn.boardflow.emulation.ScoreSource;

/**
 * The criteria a new agreement is offered with: those the system scores from the reports (and, with an inspection
 * round, from the inspection), the work the units score, a bonus and a penalty item; 100 points in all with a round.
 * The secretariat edits them before the agreement is drawn up.
 */
final class AgreementCriteria {

    private AgreementCriteria() {
    }

    static List<AgreementCriterion> offered(boolean withRound) {
        List<AgreementCriterion> criteria = new ArrayList<>();
        criteria.add(scored("1", "Kết quả thực hiện các chỉ tiêu được giao", ScoreSource.TARGETS, 30));
        criteria.add(scored("2", "Gửi báo cáo định kỳ đúng hạn", ScoreSource.TIMELINESS, 10));
        if (withRound) {
            criteria.add(scored("3", "Kết quả kiểm tra của Ban Tổ chức", ScoreSource.INSPECTION, 30));
            criteria.add(scored("4", "Khắc phục tồn tại, hạn chế sau kiểm tra đúng thời hạn", ScoreSource.REMEDIES, 10));
        }
        criteria.add(scored("5", "Tổ chức các hoạt động, phong trào theo kế hoạch; sinh hoạt chi đoàn, chi hội",
                ScoreSource.MANUAL, 10));
        criteria.add(scored("6", "Công tác tuyên truyền; mô hình, cách làm mới, sáng tạo", ScoreSource.MANUAL, 10));
        criteria.add(new AgreementCriterion("T", "Điểm thưởng: mô hình, cách làm hay được cấp trên biểu dương, nhân rộng",
                CriterionKind.BONUS, ScoreSource.MANUAL, BigDecimal.valueOf(5), BigDecimal.ONE));
        criteria.add(new AgreementCriterion("Tr", "Điểm trừ: chậm triển khai nhiệm vụ, báo cáo sai lệch số liệu",
                CriterionKind.PENALTY, ScoreSource.MANUAL, BigDecimal.valueOf(5), BigDecimal.ONE));
        return criteria;
    }

    private static AgreementCriterion scored(String code, String title, ScoreSource source, int max) {
        return new AgreementCriterion(code, title, CriterionKind.SCORED, source, BigDecimal.valueOf(max),
                BigDecimal.ONE);
    }
}
