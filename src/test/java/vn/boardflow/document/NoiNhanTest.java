package vn.boardflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoiNhanTest {

    final List<Recipient> recipients = List.of(Recipient.unit(7, "BTC Đề án các phường"),
            Recipient.outside("Hội LHPN Thành phố"));

    @Test
    void afterKinhGuiTheListOpensWithNhuTrenAndItEndsWithTheFiledCopies() {
        assertThat(NoiNhan.lines(true, recipients, "TTK"))
                .containsExactly("Như trên", "BTC Đề án các phường", "Hội LHPN Thành phố", "Lưu: VT, TTK");
        assertThat(NoiNhan.lines(false, recipients, null))
                .containsExactly("BTC Đề án các phường", "Hội LHPN Thành phố", "Lưu: VT");
    }

    @Test
    void copiesCountRecipientsTheAddresseeAndTheFiledCopies() {
        assertThat(NoiNhan.copies(true, recipients, "TTK")).isEqualTo(5);
        assertThat(NoiNhan.copies(false, recipients, " ")).isEqualTo(3);
    }
}
