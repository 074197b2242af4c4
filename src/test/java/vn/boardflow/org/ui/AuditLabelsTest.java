package vn.boardflow.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.boardflow.shared.Translations;

/** The audit viewer builds some label keys at run time; each of them exists in both languages. */
class AuditLabelsTest {

    @Test
    void everyEntityTypeAndActionGroupHasALabel() {
        for (var locale : Translations.LOCALES) {
            Set<String> keys = Translations.bundle(locale).keySet();
            AuditLogView.ENTITY_TYPES.forEach(type -> assertThat(keys).contains("audit.entity." + type));
            AuditLogView.ACTION_GROUPS.forEach(group ->
                    assertThat(keys).contains("audit.group." + group.substring(0, group.length() - 1)));
        }
    }
}
