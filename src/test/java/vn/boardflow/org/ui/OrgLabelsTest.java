package vn.boardflow.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitChange;
import vn.boardflow.org.UnitType;
import vn.boardflow.shared.Translations;

/** Labels whose keys are built at run time, from enums and from the audit viewer's lists, exist in both languages. */
class OrgLabelsTest {

    static Iterable<Locale> languages() {
        return Translations.LOCALES;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyRoleUnitTypeAndUnitChangeHasALabel(Locale language) {
        Set<String> keys = Translations.bundle(language).keySet();
        for (Role role : Role.values()) {
            assertThat(keys).contains(role.messageKey());
        }
        for (UnitType type : UnitType.values()) {
            assertThat(keys).contains(type.messageKey());
        }
        for (UnitChange change : UnitChange.values()) {
            assertThat(keys).contains(change.messageKey());
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyAuditEntityTypeAndActionGroupHasALabel(Locale language) {
        Set<String> keys = Translations.bundle(language).keySet();
        AuditLogView.ENTITY_TYPES.forEach(type -> assertThat(keys).contains("audit.entity." + type));
        AuditLogView.ACTION_GROUPS.forEach(group ->
                assertThat(keys).contains("audit.group." + group.substring(0, group.length() - 1)));
    }
}
