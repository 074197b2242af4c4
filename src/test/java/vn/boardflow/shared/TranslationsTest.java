package vn.boardflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranslationsTest {

    @Test
    void vietnameseIsTheDefaultAndEnglishTheOnlyOther() {
        assertThat(Translations.supported(null)).isEqualTo(Translations.VIETNAMESE);
        assertThat(Translations.supported(java.util.Locale.FRENCH)).isEqualTo(Translations.VIETNAMESE);
        assertThat(Translations.supported(java.util.Locale.US)).isEqualTo(Translations.ENGLISH);
    }

    @Test
    void formatsArgumentsAndMarksMissingKeys() {
        assertThat(Translations.get(Translations.VIETNAMESE, "password.error.tooShort", 12))
                .isEqualTo("Mật khẩu phải có ít nhất 12 ký tự.");
        assertThat(Translations.get(Translations.ENGLISH, "nav.inbox")).isEqualTo("My tasks");
        assertThat(Translations.get(Translations.ENGLISH, "no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void datesAreWrittenDayMonthYear() {
        assertThat(VietnameseDates.format(java.time.LocalDate.of(2018, 1, 5))).isEqualTo("05/01/2018");
        assertThat(VietnameseDates.format((java.time.LocalDate) null)).isEmpty();
    }

    @Test
    void officialDatesPadDaysBelowTenAndOnlyTheFirstTwoMonths() {
        assertThat(VietnameseDates.documentDate("Thủ Dầu Một", java.time.LocalDate.of(2018, 1, 5)))
                .isEqualTo("Thủ Dầu Một, ngày 05 tháng 01 năm 2018");
        assertThat(VietnameseDates.documentDate("Thủ Dầu Một", java.time.LocalDate.of(2018, 2, 28)))
                .isEqualTo("Thủ Dầu Một, ngày 28 tháng 02 năm 2018");
        assertThat(VietnameseDates.documentDate("Bình Dương", java.time.LocalDate.of(2020, 3, 9)))
                .isEqualTo("Bình Dương, ngày 09 tháng 3 năm 2020");
        assertThat(VietnameseDates.documentDate("Hà Nội", java.time.LocalDate.of(2020, 12, 25)))
                .isEqualTo("Hà Nội, ngày 25 tháng 12 năm 2020");
    }
}
