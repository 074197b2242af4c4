package vn.boardflow.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;
import vn.boardflow.shared.RuleViolation;

class UnitTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final LocalDate FOUNDED = LocalDate.of(2016, 6, 1);

    final Unit ward = saved(new Unit(UnitType.WARD, new UnitNames("Phường Phú Cường", "Phú Cường", null), UnitId.of(7), FOUNDED, NOW));

    /** As the database would leave it: with an id. */
    static Unit saved(Unit unit) {
        ReflectionTestUtils.setField(unit, "id", 42L);
        return unit;
    }

    @Test
    void renameKeepsTheOldNameInHistory() {
        ward.rename(new UnitNames("Phường Phú Cường mới", null, "PC"), LocalDate.of(2025, 7, 1), NOW);

        assertThat(ward.on(LocalDate.of(2025, 6, 30), false)).map(OrgUnit::name).contains("Phường Phú Cường");
        OrgUnit renamed = ward.on(LocalDate.of(2025, 7, 1), false).orElseThrow();
        assertThat(renamed.name()).isEqualTo("Phường Phú Cường mới");
        assertThat(renamed.shortName()).isEqualTo("Phường Phú Cường mới");
        assertThat(renamed.abbreviation()).isEqualTo("PC");
        assertThat(renamed.openedOn()).isEqualTo(FOUNDED);
        assertThat(ward.versions()).hasSize(2);
    }

    @Test
    void moveChangesTheParentFromItsDateOnly() {
        ward.moveTo(UnitId.of(9), LocalDate.of(2025, 7, 1), NOW);

        assertThat(ward.parentOn(LocalDate.of(2025, 6, 30)).value()).isEqualTo(7L);
        assertThat(ward.parentOn(LocalDate.of(2025, 7, 1)).value()).isEqualTo(9L);
    }

    @Test
    void aChangeMayNotReachBackBeforeTheLatestOne() {
        ward.rename(new UnitNames("Tên mới", null, null), LocalDate.of(2025, 7, 1), NOW);

        assertThatThrownBy(() -> ward.moveTo(UnitId.of(9), LocalDate.of(2025, 7, 1), NOW))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("unit.error.effectiveBeforeLatest");
    }

    @Test
    void aClosedUnitIsGoneFromItsClosingDayButKeepsItsLastState() {
        ward.close(LocalDate.of(2025, 7, 1), NOW);

        assertThat(ward.isOpenOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(ward.isOpenOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(ward.on(LocalDate.of(2025, 7, 1), false)).isEmpty();
        assertThat(ward.on(LocalDate.of(2025, 7, 1), true)).map(OrgUnit::closedOn).contains(LocalDate.of(2025, 7, 1));
        assertThatThrownBy(() -> ward.rename(new UnitNames("X", null, null), LocalDate.of(2025, 8, 1), NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("unit.error.closed");
    }

    @Test
    void mergingClosesTheUnitAndPointsAtTheReceivingOne() {
        ward.mergeInto(UnitId.of(12), LocalDate.of(2025, 7, 1), NOW);

        OrgUnit last = ward.on(LocalDate.of(2025, 7, 1), true).orElseThrow();
        assertThat(last.mergedIntoId().value()).isEqualTo(12L);
        assertThat(last.closedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void aUnitCannotMergeIntoItself() {
        assertThatThrownBy(() -> ward.mergeInto(UnitId.of(42), LocalDate.of(2025, 7, 1), NOW))
                .hasMessageContaining("unit.error.mergeIntoItself");
    }

    @Test
    void namesAreValidatedWhereTheyAreMade() {
        assertThatThrownBy(() -> new UnitNames("  ", null, null)).hasMessageContaining("unit.error.nameRequired");
        assertThatThrownBy(() -> new UnitNames("Ban", null, "BTC/ĐACN")).hasMessageContaining("abbreviationInvalid");
        assertThat(new UnitNames("Ban Tổ chức", " ", "BTC.ĐACN").abbreviation()).isEqualTo("BTC.ĐACN");
    }

    @Test
    void renamingToTheSameNamesIsRefused() {
        assertThatThrownBy(() -> ward.rename(new UnitNames("Phường Phú Cường", "Phú Cường", null),
                LocalDate.of(2025, 7, 1), NOW)).hasMessageContaining("unit.error.nothingChanged");
    }
}
