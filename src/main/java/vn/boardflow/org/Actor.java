package vn.boardflow.org;

/** The signed-in person on whose authority a command runs. */
public record Actor(long userId, String username, String fullName) {
}
