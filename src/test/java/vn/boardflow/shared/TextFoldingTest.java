package vn.boardflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void foldsVietnameseToPlainLowerCase() {
        assertThat(TextFolding.fold("Kế hoạch Phường Phú Lợi")).isEqualTo("ke hoach phuong phu loi");
        assertThat(TextFolding.fold("ĐOÀN KẾT, TẬP HỢP")).isEqualTo("doan ket, tap hop");
        assertThat(TextFolding.fold("Nguyễn   Văn\tQuản")).isEqualTo("nguyen van quan");
    }

    @Test
    void splitsASearchIntoFoldedWords() {
        assertThat(TextFolding.words(" Kế hoạch  Phú Lợi ")).containsExactly("ke", "hoach", "phu", "loi");
        assertThat(TextFolding.words(null)).isEmpty();
    }

    @Test
    void foldsNothingToEmpty() {
        assertThat(TextFolding.fold(null)).isEmpty();
        assertThat(TextFolding.fold("   ")).isEmpty();
    }
}
