package vn.boardflow.document;

import java.time.LocalDate;
import java.util.List;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Section;
import vn.boardflow.org.UnitId;

/**
 * The 2018 annual plan of the Thủ Dầu Một city board (seed 004) as structured data: the texts are the
 * seed's, typing slips included; only what the format rules decide (number, motto, date line, closing
 * punctuation, the filed-copy line) is left to the renderer.
 */
public final class Seed004Plan {

    public static final IssuingBodyView CITY_BOARD = new IssuingBodyView(IssuingBodyId.of(1), UnitId.of(1), FormatProfile.STATE,
            "UBND THÀNH PHỐ THỦ DẦU MỘT", "BAN TỔ CHỨC ĐỀ ÁN ĐOÀN KẾT TẬP HỢP TNCN", "BTC.ĐACN", "Thủ Dầu Một",
            NumberingScheme.ONE_SEQUENCE, List.of(new SigningAuthority(SigningForm.TM, "TM. BAN TỔ CHỨC", "TRƯỞNG BAN"),
                    new SigningAuthority(SigningForm.KT, "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")), 0);

    public static final String SUMMARY = """
            Triển khai thực hiện Đề án
            “Đoàn kết, tập hợp Thanh niên công nhân Bình Dương giai đoạn 2016 - 2020”
            trên địa bàn Thành phố Thủ Dầu Một năm 2018""";

    public static final List<String> LEGAL_BASES = List.of(
            "Căn cứ quyết định số 1431/QĐ-UBND ngày 01/6/2016 của Ủy ban nhân dân tỉnh Bình Dương về việc phê duyệt Đề án “Đoàn kết, tập hợp thanh niên công nhân” tỉnh Bình Dương giai đoạn 2016 – 2020");

    public static final String PREAMBLE = "Ban tổ chức thực hiện Đề án (BTC) Thành phố xây dựng kế hoạch tổ chức thực hiện Đề án trong năm 2018 với những nội dung như sau:";

    public static final List<Block> BODY = List.of(
            new Part("I", "MỤC TIÊU CỤ THỂ."),
            new Bullet("Tiếp tục hỗ trợ, duy trì phát triển và nâng cao chất lượng sinh hoạt cho 295 chi đoàn, chi hội nhà trọ và chi hội trong doanh nghiệp ngoài nhà nước."),
            new Bullet("Tổ chức 01 tập huấn về kỹ năng sinh hoạt, kiến thức tổ chức, duy trì sinh hoạt Chi đoàn, Chi hội; cách thức tiếp cận TNCN, chủ nhà trọ, chủ doanh nghiệp trong quá trình khảo sát, tiếp cận vận động thành lập Chi đoàn, Chi hội cho 100% cán bộ Đề án, LLNC, Chi hội trưởng, Bí thư chi đoàn…."),
            new Bullet("Bồi dưỡng ít nhất 02 đoàn viên Thanh niên công nhân ưu tú, cán bộ nòng cốt để được giới thiệu sang Đảng."),
            new Bullet("Xây dựng, củng cố 18 lực lượng nòng cốt của Đề án; thành lập mới 12 chi hội TNCN, nữ thanh niên công nhân nhà trọ, 02 chi đoàn, chi hội ngoài doanh nghiệp Nhà nước và 01 chi đoàn TNXQ. Phát triển mới 850 hội viên mới, phát triển đoàn cho hơn 195 anh chị hội viên Thanh niên công nhân. Cụ thể:"),
            new Part("II", "NỘI DUNG, BIỆN PHÁP THỰC HIỆN:"),
            new Section("1", "Hỗ trợ, duy trì và phát triển các chi đoàn, chi hội, câu lạc bộ trong các khu nhà trọ, trong các doanh nghiệp:"),
            new Bullet("Trên cơ sở các Chi đoàn, Chi hội, điểm sinh hoạt đoàn viên xa quê, hiện có, BTC Đề án các phường tiếp tục hỗ trợ duy trì và phát triển theo nội dung của Đề án. Công tác phát triển Chi đoàn, Chi hội, Đoàn viên và Hội viên theo chỉ tiêu phân bổ cấp thành phố đảm bảo kể cả về số lượng và chất lượng hoạt động."),
            new Bullet("Xây dựng mô hình sinh hoạt Chi đoàn, Chi hội hiệu quả; mô hình nhà trọ kiểu mẫu nhằm tạo được nhiều sân chơi, thời gian giải trí cho Đoàn viên, Hội viên, thanh niên công nhân sau giờ làm. Đẩy mạnh việc nghiên cứu, nhân rộng các mô hình sinh hoạt phù hợp, mang lại nhiều hiệu quả thiết thực trong công tác đoàn kết, tập hợp thanh niên công nhân."),
            new Bullet("Có sự phân công thành viên BCĐ phụ trách các mảng công tác và phụ trách các chi đoàn, chi hội tại địa phương. Định kỳ đôn đốc việc tổ chức sinh hoạt, các hoạt động phù hợp tại các chi đoàn, chi hội được phân công phụ trách."),
            new Bullet("Duy trì việc phát hành báo Bình Dương hàng tuần và tài liệu hướng dẫn sinh hoạt định kỳ hàng tháng."),
            new Section("2", "Công tác xây dựng, phát triển đoàn viên, lực lượng nòng cốt và phát triển Đảng viên trong TNCN, TNCN xa quê."),
            new Bullet("Tổ chức 02 đợt khảo sát để rà soát, thống kê số lượng, tình hình các khu nhà trọ, công nhân địa phương, công nhân xa quê, doanh nghiệp trên địa bàn thành phố vào đầu tháng 06 và tháng 11/2018."),
            new Bullet("Tăng cường tổ chức các chương trình, hoạt động tại các chi đoàn, chi hội TNCN; phát huy vai trò và sự sáng tạo của lực lượng nòng cốt và các đồng chí là Ban chấp hành chi đoàn, Ban điều hành chi hội, Đoàn viên ưu tú, hội viên tiêu biểu."),
            new Bullet("Trong quá trình tổ chức sinh hoạt Chi đoàn, Chi hội cần chú trọng công tác phát triển lực lượng nòng cốt, lực lượng tuyên truyền viên nhằm đẩy mạnh công tác tuyên truyền sâu rộng nội dung của Đề án đến thanh niên công nhân."),
            new Bullet("Chú trọng công tác phát triển đoàn viên mới, đặc biệt là từ nguồn hội viên thanh niên ưu tú của các Chi đoàn, Chi hội TNCN, đồng thời thực hiện tốt việc tiếp nhận đoàn viên thanh niên từ ngoài tỉnh về sinh hoạt tại các điểm sinh hoạt đoàn viên xa quê, chi đoàn TNCN; làm tốt quy trình giới thiệu đoàn viên ưu tú tham gia các lớp cảm tình Đảng và phấn đấu có phát triển đảng viên từ thanh niên công nhân."),
            new Bullet("Tổ chức các buổi gặp mặt, giao lưu Bí thư Chi đoàn, Chi hội trưởng, Chi hội phó thanh niên, nhằm trao đổi học hỏi kinh nghiệm trong quá trình điều hành quản lý Chi đoàn, Chi hội."),
            new Section("3", "Công tác tuyên truyền giáo dục, chăm lo nhu cầu lợi ích chính đáng cho thanh niên công nhân."),
            new Bullet("Tiếp tục xây dựng và duy trì được các điểm sinh hoạt vui chơi cuối tuần cho thanh niên công nhân các khu nhà trọ; tăng cường tổ chức các hoạt động văn hóa văn nghệ, thể dục thể thao nhằm đáp ứng nhu cầu của thanh niên công nhân."),
            new Bullet("BTC Đề án phường thường xuyên thường xuyên nắm bắt tình hình tư tưởng TNCN, đồng thời động viên, tư vấn hỗ trợ thắc mắc cho thanh niên công nhân. Bên cạnh đó, cần chú trọng rà soát, nắm bắt kịp thời thông tin các trường hợp thanh niên công nhân, gia đình TNCN có hoàn cảnh đặc biệt khó khăn, bị tai nạn lao động để kịp thời động viên, hỗ trợ."),
            new Bullet("Xây dựng kế hoạch huy động các nguồn lực xã hội trên địa bàn để thực hiện Đề án như: vận động các chủ nhà trọ đăng ký xây dựng Khu nhà trọ văn hóa kiểu mẫu Thanh niên; hỗ trợ sách, báo, tạp chí, tài liệu... nhằm trang bị, trao tặng cho các Chi đoàn, Chi hội phát huy phong trào văn hóa đọc trong TNCN; sử dụng hiệu quả các thiết chế văn hóa có sẵn tại địa bàn hỗ trợ cho các hoạt động của TNCN; duy trì và mở các lớp học tình thương trên địa bàn thành phố nhằm có điểm sinh hoạt học tập cho con em thanh niên công nhân không có điều kiện đến trường..."),
            new Bullet("Thực hiện nhân rộng các mô hình: Thanh niên công nhân treo ảnh Bác; trang bị tủ thuốc, tủ sách cho chi đoàn, chi hội; thành lập các điểm sinh hoạt cho đoàn viên xa quê..."),
            new Bullet("Tăng cường công tác tuyên truyền về những chủ trương, chính sách của Đảng, pháp luật của Nhà nước....., góp phần nâng cao ý thức chấp hành pháp luật, xây dựng nếp sống văn hóa,văn minh đô thị, thấy được vai trò, trách nhiệm của cá nhân TNCN trong việc góp phần xây dựng đô thị thành phố Thủ Dầu Một...."),
            new Bullet("Vận động thanh niên, hội viên nhà trọ tham gia các hoạt động tình nguyện tại chỗ. Tăng cường tổ chức các chương trình giao lưu, kết nghĩa giữa các Chi đoàn, Chi hội nhà trọ và Chi đoàn, Chi hội thanh niên địa phương thông qua các hoạt động văn hoá, thể thao, hoạt động xã hội thiết thực nhằm tạo nhiều sân chơi cho thanh niên."),
            new Section("4", "Tổ chức các hoạt động phát huy vai trò xung kích của thanh niên vì lợi ích thiết thực cho doanh nghiệp và cộng đồng thông qua các tổ chức Đoàn, Hội của thanh niên và Hội LHPN."),
            new Bullet("Tăng cường việc kết nối giữa BCĐ Đề án địa phương với các doanh nghiệp trong việc vận động thành lập các chi đoàn, chi hội. Tổ chức các hoạt động sự kiện, hoạt động xã hội nhằm góp phần quảng bá và xây dựng thương hiệu cho doanh nghiệp mà TNCN đang làm việc."),
            new Bullet("Tuyên truyền, vận động thanh niên thực hiện tốt nội quy của đơn vị, nhất là về an toàn, vệ sinh lao động; đảm bảo quy trình sản xuất, kinh doanh dịch vụ; xây dựng thái độ làm việc tích cực và tác phong công nghiệp."),
            new Bullet("Phát động thực hiện phong trào “4 nhất” trong TNCN nhằm phát huy hết năng lực, vai trò của TNCN và lợi ích, hiệu quả của doanh nghiệp."),
            new Bullet("Xây dựng các mô hình “Tổ tự quản khu nhà trọ”, “Đội TNCN xung kích”; các hoạt động tham gia bảo vệ môi trường, giữ gìn trật tự an toàn giao thông trong doanh nghiệp, khu nhà trọ, tham gia hiến máu nhân tình nguyện… Bên cạnh đó, đẩy mạnh việc giới thiệu, đề nghị tuyên dương khen thưởng các cá nhân, tập thể là TNCN làm tốt trong công tác đoàn kết, tập hợp TNCN."),
            new Part("III", "TỔ CHỨC THỰC HỆN."),
            new Section("1", "Ban tổ chức Đề án Thành phố."),
            new Bullet("Xây dựng và triển khai kế hoạch thực hiện Đề án năm 2018; Kế hoạch tổ chức khảo sát, rà soát số liệu thanh niên công nhân trên địa bàn thành phố; thực hiện việc quản lý, sử dụng nguồn kinh phí Đề án theo đúng quy định."),
            new Bullet("Tổ chức giao ban, hội ý Ban tổ chức Đề án theo định kỳ, nhằm trao đổi đánh giá và có những giải pháp trong quá trình thực hiện Đề án trong năm 2018."),
            new Bullet("Tổng hợp kết quả việc thực hiện Đề án hàng tháng và báo cáo tổ Thư ký Đề án cấp Tỉnh. Làm tốt việc quản lý công tác tổ chức số liệu của Đề án."),
            new Bullet("Theo dõi, kiểm tra đôn đốc việc triển khai thực hiện các nội dung Đề án cũng như chỉ tiêu năm 2018 đúng thời gian quy định."),
            new Bullet("Thành lập đoàn kiểm tra việc thực hiện các nội dung của Đề án theo 02 đợt (06 tháng đầu năm và kiểm tra cuối năm nhằm đánh giá được kết quả thực hiện Đè án).Từ đó kịp thời đưa hướng dẫn, giải quyết những nội dung còn vướn mắc, phát sinh trong quá trình thực hiện các nội dung Đề án) ...."),
            new Bullet("Kịp thời giới thiệu, tuyên dương, khen thưởng những cá nhân, tập thể có thành tích xuất sắc trong công tác triển khai thực hiện Đề án."),
            new Bullet("Tổ chức tốt các lớp tập huấn nhằm nâng cao chất lượng đội ngũ cán bộ Đề án, lực lượng nồng cốt, lực lượng tuyên truyền viên hoàn thiện kỹ năng tổ chức sinh hoạt, đoàn kết tập hợp TNCN."),
            new Section("2", "Các ngành, đoàn thể là thành viên Ban tổ chức Đề án: chủ động trong việc phối hợp cùng Đoàn thanh niên và Hội LHPN Thành phố tổ chức các hoạt động chăm lo đời sống tinh thần và vật chất cho Thanh niên công nhân phù hợp với chương trình, lĩnh vực công tác của đơn vị."),
            new Section("3", "Ban tổ chức Đề án phường."),
            new Bullet("Cụ thể hóa việc triển khai thực hiện Đề án tại địa phương, bám sát chương trình công tác năm và bộ tiêu chí thi đua của Thành phố."),
            new Bullet("Đảm bảo thực hiện nội dung khảo sát hàng năm nhằm đánh giá nguồn phát triển từ đó đưa ra các giải pháp thiết thực hoàn thành các chỉ tiêu phát triển Chi đoàn, Chi hội; phát triển Đảng viên, Đoàn viên, Hội viên theo Đề án trong năm 2018."),
            new Bullet("Sử dụng đúng mục đích, hiệu quả các khoản kinh phí của Đề án và hoàn thành đúng nội dung, thời hạn về việc thực hiện thanh quyết toán kinh phí theo yêu cầu của tổ thư ký Đề án Thành phố."));

    public static final String CLOSING = "Trên đây là kế hoạch tổ chức thực hiện “Đề án Đoàn kết, tập hợp thanh niên công nhân Bình Dương giai đoạn 2016 - 2020” trong năm 2018 của Ban Tổ chức thực hiện Đề án Thành phố Thủ Dầu Một./.";

    /** The seed's list; its last line, "Lưu VP Thành đoàn, …", is written the way Nghị định 30 asks. */
    public static final List<String> RECIPIENTS = List.of(
            "Ban Chỉ đạo Đề án Tỉnh",
            "Tổ thư ký Đề án Tỉnh",
            "Trưởng Ban tổ chức Đề án",
            "Thành viên BTC Đề án",
            "Thành đoàn Thủ Dầu Một",
            "Hội LHPN Thành phố",
            "BTC Đề  án các phường",
            "Lưu: VT, Tổ Thư ký Đề án Tp");

    private Seed004Plan() {
    }

    /** The plan as issued on 05/01/2018 with number 01, or as a draft when {@code symbol} is null. */
    public static DocumentContent content(String symbol) {
        return new DocumentContent(CITY_BOARD, DocumentType.KE_HOACH, symbol, null, LocalDate.of(2018, 1, 5), SUMMARY,
                null, LEGAL_BASES, PREAMBLE, BODY, CLOSING, CITY_BOARD.signingAuthorities().getFirst(),
                "Phạm Quốc Bảo", RECIPIENTS);
    }
}
