package vn.boardflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whole đồng, shown grouped, typed in the ways people type them, and written in words that read back. */
class MoneyTest {

    @Test
    void writesAmountsInWordsAsDocumentsDo() {
        assertThat(Money.of(30_000_000).inWords()).isEqualTo("Ba mươi triệu đồng chẵn");
        assertThat(Money.of(105_000).inWords()).isEqualTo("Một trăm lẻ năm nghìn đồng chẵn");
        assertThat(Money.of(2_015).inWords()).as("odd đồng are not chẵn").doesNotEndWith("chẵn").endsWith(" đồng");
        assertThat(Money.ZERO.inWords()).isEqualTo("Không đồng");
        assertThat(Money.of(-500_000).inWords()).isEqualTo("Âm năm trăm nghìn đồng chẵn");
    }

    @Test
    void everyAmountInWordsReadsBackToTheSameNumber() {
        Random random = new Random(2026);
        for (int i = 0; i < 2_000; i++) {
            long amount = switch (i % 4) {
                case 0 -> random.nextLong(1_000_000_000_000L);
                case 1 -> random.nextLong(1_000_000) * 1_000;
                case 2 -> random.nextInt(100_000);
                default -> random.nextLong(100) * 1_000_000 + random.nextInt(10) * 1_000 + random.nextInt(2) * 5;
            };
            String words = Money.of(amount).inWords();
            assertThat(MoneyWords.read(words)).as(words).isEqualTo(amount);
        }
    }

    @Test
    void showsAndReadsTypedAmounts() {
        assertThat(Money.of(30_000_000).display()).isEqualTo("30.000.000 đ");
        assertThat(Money.parse("30.000.000")).isEqualTo(Money.of(30_000_000));
        assertThat(Money.parse("30 000 000 đ")).isEqualTo(Money.of(30_000_000));
        assertThat(Money.parse("1500000 VND")).isEqualTo(Money.of(1_500_000));
        for (String wrong : new String[] {"", "-5", "1,5", "30.00.000", "ba triệu", "99999999999999999999"}) {
            assertThatThrownBy(() -> Money.parse(wrong)).as(wrong).isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("money.error.invalid");
        }
    }

    @Test
    void sumsThatWouldOverflowFail() {
        assertThat(Money.of(1_000).plus(Money.of(500)).minus(Money.of(2_000))).isEqualTo(Money.of(-500));
        assertThat(Money.of(250_000).times(4)).isEqualTo(Money.of(1_000_000));
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE).plus(Money.of(1))).isInstanceOf(ArithmeticException.class);
    }
}
