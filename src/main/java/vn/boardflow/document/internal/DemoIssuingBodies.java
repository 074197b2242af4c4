package vn.boardflow.document.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.IssuingBodies.IssuingBodyDetails;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.document.SigningForm;
import vn.boardflow.org.DemoOrganisationLoaded;

/**
 * The city board of seed 004 issues in the state format as "BTC.ĐACN", from Thủ Dầu Một, and sends to
 * its wards' boards through the list "BTC Đề án các phường"; the city's Thành đoàn issues in the Youth
 * Union's format as "TĐTN", numbering each type apart; the province's steering committee, to which the city
 * board reports, as "BCĐ.ĐACN" from Bình Dương.
 */
@Component
class DemoIssuingBodies {

    private final IssuingBodyRepository bodies;
    private final DistributionListRepository lists;

    DemoIssuingBodies(IssuingBodyRepository bodies, DistributionListRepository lists) {
        this.bodies = bodies;
        this.lists = lists;
    }

    @EventListener
    void on(DemoOrganisationLoaded loaded) {
        IssuingBody board = bodies.save(new IssuingBody(new IssuingBodyDetails(loaded.cityBoardId(), FormatProfile.STATE,
                "UBND Thành phố Thủ Dầu Một", "Ban Tổ chức Đề án đoàn kết tập hợp TNCN", "BTC.ĐACN", "Thủ Dầu Một",
                NumberingScheme.ONE_SEQUENCE, List.of(
                        new SigningAuthority(SigningForm.TM, "TM. Ban Tổ chức", "Trưởng ban"),
                        new SigningAuthority(SigningForm.KT, "KT. Trưởng ban", "Phó Trưởng ban")))));
        bodies.save(new IssuingBody(new IssuingBodyDetails(loaded.cityUnionCommitteeId(), FormatProfile.YOUTH_UNION,
                "BCH ĐOÀN TỈNH BÌNH DƯƠNG", "BCH ĐOÀN TP. THỦ DẦU MỘT", "TĐTN", "Thủ Dầu Một",
                NumberingScheme.PER_TYPE, List.of(
                        new SigningAuthority(SigningForm.TM, "TM. Ban Thường vụ Thành đoàn", "Bí thư"),
                        new SigningAuthority(SigningForm.KT, "KT. Bí thư", "Phó Bí thư")))));
        bodies.save(new IssuingBody(new IssuingBodyDetails(loaded.provincialBoardId(), FormatProfile.STATE,
                "UBND TỈNH BÌNH DƯƠNG", "Ban Chỉ đạo Đề án Đoàn kết, tập hợp thanh niên công nhân", "BCĐ.ĐACN",
                "Bình Dương", NumberingScheme.ONE_SEQUENCE, List.of(
                        new SigningAuthority(SigningForm.KT, "KT. Trưởng ban", "Phó Trưởng ban Thường trực")))));
        List<Recipient> wards = loaded.wardBoardIds().entrySet().stream()
                .map(ward -> Recipient.unit(ward.getValue(), "BTC Đề án phường " + ward.getKey())).toList();
        lists.save(new DistributionList(board.id(), "BTC Đề án các phường", wards));
    }
}
