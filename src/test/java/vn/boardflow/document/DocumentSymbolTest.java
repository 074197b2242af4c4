package vn.boardflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentSymbolTest {

    @Test
    void theStateFormatPutsTheNumberBeforeTheSlashAndTheTypeAfterIt() {
        assertThat(DocumentSymbol.of(FormatProfile.STATE, 1, DocumentType.KE_HOACH, "BTC.ĐACN", null).text())
                .isEqualTo("01/KH-BTC.ĐACN");
        assertThat(DocumentSymbol.of(FormatProfile.STATE, 10, DocumentType.QUYET_DINH, "UBND", null).text())
                .isEqualTo("10/QĐ-UBND");
        assertThat(DocumentSymbol.of(FormatProfile.STATE, 123, DocumentType.TO_TRINH, "BTC.ĐACN", "TTK").text())
                .isEqualTo("123/TTr-BTC.ĐACN");
    }

    @Test
    void aStateCongVanNamesTheDraftingUnitInsteadOfAType() {
        assertThat(DocumentSymbol.of(FormatProfile.STATE, 12, DocumentType.CONG_VAN, "UBND", "VX").text())
                .isEqualTo("12/UBND-VX");
        assertThatThrownBy(() -> DocumentSymbol.of(FormatProfile.STATE, 12, DocumentType.CONG_VAN, "UBND", " "))
                .hasMessageContaining("document.error.draftingUnitMissing");
    }

    @Test
    void theYouthUnionFormatPutsTheTypeBeforeTheSlash() {
        assertThat(DocumentSymbol.of(FormatProfile.YOUTH_UNION, 6, DocumentType.HUONG_DAN, "TĐTN", "TCKT").text())
                .isEqualTo("06-HD/TĐTN-TCKT");
        assertThat(DocumentSymbol.of(FormatProfile.YOUTH_UNION, 56, DocumentType.CONG_VAN, "TĐTN", "VP").text())
                .isEqualTo("56-CV/TĐTN-VP");
    }

    @Test
    void numbersBelowTenTakeALeadingZero() {
        assertThat(DocumentSymbol.padded(1)).isEqualTo("01");
        assertThat(DocumentSymbol.padded(9)).isEqualTo("09");
        assertThat(DocumentSymbol.padded(10)).isEqualTo("10");
        assertThatThrownBy(() -> new DocumentSymbol(0, "00/KH")).isInstanceOf(IllegalArgumentException.class);
    }
}
