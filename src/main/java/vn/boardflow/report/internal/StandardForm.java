package vn.boardflow.report.internal;

import java.util.ArrayList;
import java.util.List;
import vn.boardflow.plan.Indicators.IndicatorView;
import vn.boardflow.report.FormField;
import vn.boardflow.report.FormField.Tally;

/**
 * The fields a Union monthly report asks by custom, which a new form starts with: I. the results per target the
 * plan allocates to the wards, II. the assessment (strengths, weaknesses, causes), III. next month's direction,
 * IV. proposals.
 */
final class StandardForm {

    private StandardForm() {
    }

    static List<FormField> fields(List<IndicatorView> indicators) {
        List<FormField> fields = new ArrayList<>();
        indicators.stream().filter(IndicatorView::active).filter(IndicatorView::allocated)
                .forEach(indicator -> fields.add(FormField.target(indicator.id(), indicator.name(),
                        indicator.unitOfMeasure(), Tally.SUM)));
        fields.add(FormField.section("ket-qua", "I. Kết quả thực hiện (nêu các hoạt động nổi bật)", false));
        fields.add(FormField.section("uu-diem", "II. Đánh giá — Ưu điểm", true));
        fields.add(FormField.section("han-che", "II. Đánh giá — Hạn chế", false));
        fields.add(FormField.section("nguyen-nhan", "II. Đánh giá — Nguyên nhân", false));
        fields.add(FormField.section("phuong-huong", "III. Phương hướng tháng tới", true));
        fields.add(FormField.section("kien-nghi", "IV. Kiến nghị, đề xuất", false));
        return fields;
    }
}
