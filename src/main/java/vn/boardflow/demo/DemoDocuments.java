package vn.boardflow.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boardflow.document.BodyText;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.DocumentIssuance.IssueDocument;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.RegisterStarts;
import vn.boardflow.document.RegisterStarts.StartAt;
import vn.boardflow.document.SigningForm;
import vn.boardflow.org.DemoOrganisationLoaded;

/**
 * Documents the records clerk issued besides the plan: the city board's notice and letter to the wards,
 * which reach the wards' incoming lists, and the Thành đoàn's guidance in the Youth Union's format, from a
 * register that moved to BoardFlow in mid-year with its first numbers given on paper.
 */
@Component
class DemoDocuments {

    private final IssuingBodies bodies;
    private final DocumentIssuance issuance;
    private final RegisterStarts starts;
    private final DemoUsers users;
    private final Clock clock;

    DemoDocuments(IssuingBodies bodies, DocumentIssuance issuance, RegisterStarts starts, DemoUsers users,
                  Clock clock) {
        this.bodies = bodies;
        this.issuance = issuance;
        this.starts = starts;
        this.users = users;
        this.clock = clock;
    }

    void load(DemoOrganisationLoaded organisation) {
        LocalDate today = LocalDate.now(clock);
        users.signIn("vanthu");
        IssuingBodyView board = DemoPlans.cityBoard(bodies, organisation);
        IssuingBodyView union = bodies.all().stream()
                .filter(body -> body.unitId() == organisation.cityUnionCommitteeId()).findFirst().orElseThrow();
        List<Recipient> wards = new ArrayList<>();
        organisation.wardBoardIds().forEach((ward, boardId) ->
                wards.add(Recipient.unit(boardId, "BTC Đề án phường " + ward)));

        issuance.issue(new IssueDocument(board.id(), DocumentType.THONG_BAO, today.minusDays(20),
                "Lịch giao ban Ban Tổ chức Đề án quý IV năm " + today.getYear(), "TTK", null, List.of(), null,
                BodyText.parse("""
                        Ban Tổ chức Đề án Thành phố thông báo lịch giao ban quý IV như sau:
                        - Thời gian: 8 giờ 00, thứ Năm tuần thứ hai của tháng cuối quý.
                        - Địa điểm: Hội trường Thành đoàn Thủ Dầu Một.
                        - Thành phần: Trưởng ban, Phó Trưởng ban BTC Đề án các phường.
                        Đề nghị các phường chuẩn bị báo cáo kết quả thực hiện chỉ tiêu năm."""),
                null, SigningForm.TM, "Phạm Quốc Bảo", wards, null, null));
        issuance.issue(new IssueDocument(board.id(), DocumentType.CONG_VAN, today.minusDays(7),
                "báo cáo kết quả khảo sát đợt 2 năm " + today.getYear(), "TTK", "Ban Tổ chức Đề án các phường",
                List.of(), null, BodyText.parse("""
                        Thực hiện Kế hoạch năm, Ban Tổ chức Đề án Thành phố đề nghị Ban Tổ chức Đề án các phường tổng hợp kết quả khảo sát đợt 2 (số khu nhà trọ, công nhân địa phương, công nhân xa quê, doanh nghiệp) và gửi về Tổ Thư ký trước ngày 15 của tháng.
                        Trân trọng."""),
                null, SigningForm.KT, "Lê Minh Tuấn", wards, null, null));

        starts.startAt(new StartAt(union.id(), today.getYear(), DocumentType.HUONG_DAN, 12,
                "Chuyển từ sổ giấy ngày 01/07/" + today.getYear()));
        issuance.issue(new IssueDocument(union.id(), DocumentType.HUONG_DAN, today.minusDays(30),
                "Tổ chức sinh hoạt chi đoàn, chi hội nhà trọ năm " + today.getYear(), "TCKT", null, List.of(), null,
                BodyText.parse("""
                        I. MỤC ĐÍCH, YÊU CẦU
                        - Duy trì sinh hoạt định kỳ hằng tháng của các chi đoàn, chi hội nhà trọ.
                        II. NỘI DUNG SINH HOẠT
                        1. Sinh hoạt chủ điểm theo tháng.
                        2. Giới thiệu đoàn viên ưu tú cho Đảng xem xét."""),
                null, SigningForm.KT, "Lê Văn Năm", wards, null, null));
    }
}
