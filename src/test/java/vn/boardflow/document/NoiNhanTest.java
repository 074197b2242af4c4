package vn.boardflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boardflow.org.UnitId;

class NoiNhanTest {

    final List<Recipient> recipients = List.of(Recipient.unit(UnitId.of(7), "BTC Đề án các phường"),
            Recipient.outside("Hội LHPN Thành phố"));

    @Test
    void afterKinhGuiTheListOpensWithNhuTrenAndItEndsWithTheFiledCopies() {
        assertThat(NoiNhan.of(FormatProfile.STATE, true, recipients, "TTK").lines())
                .containsExactly("Như trên", "BTC Đề án các phường", "Hội LHPN Thành phố", "Lưu: VT, TTK");
        assertThat(NoiNhan.of(FormatProfile.STATE, false, recipients, null).lines())
                .containsExactly("BTC Đề án các phường", "Hội LHPN Thành phố", "Lưu: VT");
    }

    @Test
    void copiesCountRecipientsTheAddresseeAndTheFiledCopies() {
        assertThat(NoiNhan.of(FormatProfile.STATE, true, recipients, "TTK").copies()).isEqualTo(5);
        assertThat(NoiNhan.of(FormatProfile.STATE, false, recipients, " ").copies()).isEqualTo(3);
    }

    @Test
    void aFiledCopyLineTheDrafterTypedIsFoldedIntoTheOneLine() {
        List<Recipient> typed = List.of(Recipient.outside("Ban Chỉ đạo Đề án Tỉnh"), Recipient.outside("- Lưu: VT, TTK."));

        NoiNhan noiNhan = NoiNhan.of(FormatProfile.STATE, false, typed, "TTK");

        assertThat(noiNhan.lines()).containsExactly("Ban Chỉ đạo Đề án Tỉnh", "Lưu: VT, TTK");
        assertThat(noiNhan.filedCopies()).isEqualTo("Lưu: VT, TTK");
        assertThat(noiNhan.copies()).isEqualTo(3);
        assertThat(NoiNhan.of(FormatProfile.STATE, false, List.of(Recipient.outside("Lưu: VT, P.TH")), "TTK").lines())
                .as("another holder the drafter named keeps its copy").containsExactly("Lưu: VT, TTK, P.TH");
        assertThat(NoiNhan.of(FormatProfile.STATE, false, List.of(Recipient.outside("Lưu Quang Vũ")), "TTK").lines())
                .as("a recipient of that surname stays a recipient").containsExactly("Lưu Quang Vũ", "Lưu: VT, TTK");
    }

    @Test
    void theUnionsVanPhongFilesItsCopies() {
        assertThat(NoiNhan.of(FormatProfile.YOUTH_UNION, false, recipients, "TCKT").lines())
                .containsExactly("BTC Đề án các phường", "Hội LHPN Thành phố", "Lưu VP, TCKT");
        assertThat(NoiNhan.of(FormatProfile.YOUTH_UNION, false, List.of(Recipient.outside("Lưu VP")), null).lines())
                .containsExactly("Lưu VP");
    }
}
