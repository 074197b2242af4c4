package vn.boardflow.org.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import vn.boardflow.shared.TextFolding;

/** A person who signs in: who they are, how to reach them, and the state of their sign-in. */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "job_title")
    private String jobTitle;

    private String email;

    private String phone;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    /** Name, user name and e-mail folded for accent-free search. */
    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(UserProfile profile, String passwordHash, Instant now) {
        this.username = profile.username();
        this.passwordHash = passwordHash;
        this.createdAt = now;
        update(profile);
    }

    void update(UserProfile profile) {
        this.fullName = profile.fullName();
        this.jobTitle = profile.jobTitle();
        this.email = profile.email();
        this.phone = profile.phone();
        this.searchText = TextFolding.fold(String.join(" ", username, fullName, email == null ? "" : email));
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** Counts a failed sign-in; returns true when this failure locks the account. */
    boolean recordFailedLogin(int maxAttempts, Duration lockDuration, Instant now) {
        failedLogins++;
        if (failedLogins >= maxAttempts) {
            failedLogins = 0;
            lockedUntil = now.plus(lockDuration);
            return true;
        }
        return false;
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void setPreferredLanguage(String languageTag) {
        this.preferredLanguage = languageTag;
    }

    UserProfile profile() {
        return new UserProfile(username, fullName, jobTitle, email, phone);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String fullName() {
        return fullName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean isActive() {
        return active;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    String preferredLanguage() {
        return preferredLanguage;
    }

    long version() {
        return version;
    }
}
