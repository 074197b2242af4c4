package vn.boardflow.org;

/** Creates and maintains user accounts. New passwords need at least {@value #MIN_PASSWORD_LENGTH} characters. */
public interface UserAdministration {

    int MIN_PASSWORD_LENGTH = 12;

    long create(NewUser command);

    /** Refuses with a clear message when someone else changed the user since {@code version} was read. */
    void update(UpdateUser command);

    void setActive(long userId, boolean active);

    void resetPassword(long userId, String newPassword);

    void changeOwnPassword(String currentPassword, String newPassword);

    void setOwnLanguage(String languageTag);

    String ownLanguage();

    record NewUser(String username, String fullName, String jobTitle, String email, String phone, String password) {
    }

    record UpdateUser(long userId, long version, String fullName, String jobTitle, String email, String phone) {
    }
}
