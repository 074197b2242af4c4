package vn.boardflow.inspection;

import java.util.List;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.Checklist.Group;

/**
 * The checklist the boards inspect wards against, drawn from the seeds: the plan's targets (seed 004), the
 * branch quality checks (seed 001) and the monthly reports (seed 000). 100 points in eight groups.
 */
public final class StandardChecklist {

    public static final String NAME = "Bộ tiêu chí kiểm tra thực hiện Đề án tại phường";

    public static final Checklist CHECKLIST = new Checklist(NAME, List.of(
            new Group("Sinh hoạt chi đoàn, chi hội", List.of(
                    new Criterion("1.1", "Chi đoàn, chi hội sinh hoạt định kỳ hằng tháng theo kế hoạch", 10,
                            "Đối chiếu sổ sinh hoạt, biên bản các buổi sinh hoạt trong kỳ.", true),
                    new Criterion("1.2", "Nội dung sinh hoạt phong phú, phù hợp với thanh niên công nhân", 5,
                            "Có chuyên đề, hoạt động văn hóa, kỹ năng; có người tham dự ngoài ban chấp hành.", false))),
            new Group("Phát triển hội viên, đoàn viên theo chỉ tiêu được giao", List.of(
                    new Criterion("2.1", "Phát triển hội viên mới so với chỉ tiêu được giao", 10,
                            "Đạt chỉ tiêu: 10 điểm; mỗi 10% thiếu trừ 1 điểm. Kèm danh sách hội viên mới.", true),
                    new Criterion("2.2", "Phát triển đoàn viên mới so với chỉ tiêu được giao", 5,
                            "Đạt chỉ tiêu: 5 điểm; đạt từ 50% đến dưới 100%: 3 điểm.", true),
                    new Criterion("2.3", "Thành lập mới chi hội, chi đoàn theo chỉ tiêu", 5,
                            "Có quyết định thành lập và danh sách ban điều hành.", false))),
            new Group("Lực lượng nòng cốt", List.of(
                    new Criterion("3.1", "Xây dựng, củng cố lực lượng nòng cốt theo chỉ tiêu", 5,
                            "Có danh sách lực lượng nòng cốt, phân công phụ trách chi đoàn, chi hội.", false),
                    new Criterion("3.2", "Lực lượng nòng cốt tham gia tuyên truyền, vận động thanh niên công nhân", 5,
                            "", false))),
            new Group("Tập huấn, bồi dưỡng", List.of(
                    new Criterion("4.1", "Cán bộ Đề án, chi hội trưởng, bí thư chi đoàn tham gia tập huấn", 5,
                            "Tỷ lệ cán bộ tham gia lớp tập huấn của Thành phố.", false),
                    new Criterion("4.2", "Giới thiệu đoàn viên ưu tú tham gia lớp cảm tình Đảng", 5, "", false))),
            new Group("Hồ sơ, sổ sách", List.of(
                    new Criterion("5.1", "Đủ hồ sơ: quyết định thành lập, danh sách hội viên, sổ sinh hoạt", 5,
                            "", true),
                    new Criterion("5.2", "Số liệu khảo sát nhà trọ, thanh niên công nhân được cập nhật", 5,
                            "Khảo sát đợt tháng 6 và tháng 11.", false))),
            new Group("Quản lý, sử dụng kinh phí", List.of(
                    new Criterion("6.1", "Sử dụng kinh phí đúng mục đích, đúng nội dung Đề án", 10,
                            "Đối chiếu chứng từ chi với dự toán được duyệt.", true),
                    new Criterion("6.2", "Thanh quyết toán kinh phí đúng hạn", 5, "", false))),
            new Group("Hoạt động chăm lo cho thanh niên công nhân", List.of(
                    new Criterion("7.1", "Tổ chức hoạt động văn hóa, thể thao, sân chơi cuối tuần", 5, "", false),
                    new Criterion("7.2", "Thăm hỏi, hỗ trợ thanh niên công nhân có hoàn cảnh khó khăn", 5, "", false))),
            new Group("Chế độ báo cáo", List.of(
                    new Criterion("8.1", "Gửi báo cáo tháng đúng hạn về Tổ Thư ký Đề án Thành phố", 6,
                            "Mỗi tháng trễ hạn trừ 1 điểm.", false),
                    new Criterion("8.2", "Số liệu báo cáo đầy đủ, chính xác", 4, "", false)))),
            RatingScale.USUAL);

    private StandardChecklist() {
    }
}
