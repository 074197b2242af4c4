package vn.boardflow.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boardflow.document.BodyText;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.DocumentIssuance.Body;
import vn.boardflow.document.DocumentIssuance.Distribution;
import vn.boardflow.document.DocumentIssuance.Heading;
import vn.boardflow.document.DocumentIssuance.IssueDocument;
import vn.boardflow.document.DocumentIssuance.Signature;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.RegisterStarts;
import vn.boardflow.document.RegisterStarts.StartAt;
import vn.boardflow.document.SigningForm;
import vn.boardflow.org.DemoOrganisationLoaded;
import vn.boardflow.shared.VietnameseDates;

/**
 * Documents the records clerk issued in the last month besides the plan: the Thành đoàn's guidance in the
 * Youth Union's format, from a register that moved to BoardFlow the day before with its first numbers given
 * on paper, and the city board's notice and letter to the wards, which reach the wards' incoming lists.
 */
@Component
class DemoDocuments {

    private static final List<String> QUARTERS = List.of("I", "II", "III", "IV");

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

    /**
     * @param after the date of the last paper the inspections issued: the board's register numbers follow
     *              the documents' dates, so these come later
     */
    void load(DemoOrganisationLoaded organisation, LocalDate after) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = Collections.max(List.of(today.minusDays(30), after.plusDays(1)));
        long gap = Math.max(0, ChronoUnit.DAYS.between(first, today) / 3);
        users.signIn("vanthu");
        IssuingBodyView board = DemoPlans.cityBoard(bodies, organisation);
        IssuingBodyView union = DemoPlans.bodyOf(bodies, organisation.cityUnionCommitteeId());
        List<Recipient> wards = DemoPlans.wardBoards(organisation);

        // the Thành đoàn's register moved here the day before this guidance, with numbers 01–11 given on paper
        starts.startAt(new StartAt(union.id(), first.getYear(), DocumentType.HUONG_DAN, 12,
                "Chuyển từ sổ giấy ngày " + VietnameseDates.format(first.minusDays(1))));
        issuance.issue(new IssueDocument(new Heading(union.id(), DocumentType.HUONG_DAN, first,
                "Tổ chức sinh hoạt chi đoàn, chi hội nhà trọ năm " + first.getYear(), "TCKT"), Body.of(BodyText.parse("""
                        I. MỤC ĐÍCH, YÊU CẦU
                        - Duy trì sinh hoạt định kỳ hằng tháng của các chi đoàn, chi hội nhà trọ.
                        II. NỘI DUNG SINH HOẠT
                        1. Sinh hoạt chủ điểm theo tháng.
                        2. Giới thiệu đoàn viên ưu tú cho Đảng xem xét.""")),
                Signature.under(SigningForm.KT, "Lê Văn Năm"), Distribution.to(wards)));

        LocalDate notice = first.plusDays(gap);
        issuance.issue(new IssueDocument(new Heading(board.id(), DocumentType.THONG_BAO, notice,
                "Lịch giao ban Ban Tổ chức Đề án quý " + QUARTERS.get((notice.getMonthValue() - 1) / 3) + " năm "
                        + notice.getYear(), "TTK"), Body.of(BodyText.parse("""
                        Ban Tổ chức Đề án Thành phố thông báo lịch giao ban trong quý như sau:
                        - Thời gian: 8 giờ 00, thứ Năm tuần thứ hai của tháng cuối quý.
                        - Địa điểm: Hội trường Thành đoàn Thủ Dầu Một.
                        - Thành phần: Trưởng ban, Phó Trưởng ban BTC Đề án các phường.
                        Đề nghị các phường chuẩn bị báo cáo kết quả thực hiện chỉ tiêu năm.""")),
                Signature.under(SigningForm.TM, "Phạm Quốc Bảo"), Distribution.to(wards)));
        LocalDate letter = first.plusDays(2 * gap);
        issuance.issue(new IssueDocument(new Heading(board.id(), DocumentType.CONG_VAN, letter,
                "báo cáo kết quả khảo sát năm " + letter.getYear(), "TTK"), Body.of(BodyText.parse("""
                        Thực hiện Kế hoạch năm, Ban Tổ chức Đề án Thành phố đề nghị Ban Tổ chức Đề án các phường tổng hợp kết quả khảo sát (số khu nhà trọ, công nhân địa phương, công nhân xa quê, doanh nghiệp) và gửi về Tổ Thư ký trước ngày 15 của tháng.
                        Trân trọng.""")), Signature.under(SigningForm.KT, "Lê Minh Tuấn"),
                new Distribution("Ban Tổ chức Đề án các phường", wards)));
    }
}
