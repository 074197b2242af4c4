package vn.boardflow.org;

import java.time.Instant;

/** A user as administration screens and pickers show them. */
public record UserSummary(long id, String username, String fullName, String jobTitle, String email,
                          String phone, boolean active, Instant lockedUntil, long version) {

    /** "Nguyễn Văn A (nguyenvana)", for pickers. */
    public String label() {
        return fullName + " (" + username + ")";
    }
}
