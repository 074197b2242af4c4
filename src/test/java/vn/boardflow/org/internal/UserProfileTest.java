package vn.boardflow.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserProfileTest {

    @Test
    void normalisesWhatItKeeps() {
        UserProfile profile = new UserProfile(" DuThao ", " Trần Thị Thu Hà ", " ", "ha@example.vn", "0274 3822 123");
        assertThat(profile.username()).isEqualTo("duthao");
        assertThat(profile.fullName()).isEqualTo("Trần Thị Thu Hà");
        assertThat(profile.jobTitle()).isNull();
    }

    @Test
    void refusesBadFieldsWithTheirOwnMessage() {
        assertThatThrownBy(() -> new UserProfile("ha là", "Hà", null, null, null)).hasMessageContaining("usernameInvalid");
        assertThatThrownBy(() -> new UserProfile("ha", "Hà", null, null, null)).hasMessageContaining("usernameInvalid");
        assertThatThrownBy(() -> new UserProfile("thuha", "", null, null, null)).hasMessageContaining("fullNameRequired");
        assertThatThrownBy(() -> new UserProfile("thuha", "Hà", null, "ha@", null)).hasMessageContaining("emailInvalid");
        assertThatThrownBy(() -> new UserProfile("thuha", "Hà", null, null, "abc")).hasMessageContaining("phoneInvalid");
    }
}
