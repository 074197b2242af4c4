package vn.boardflow.org;

import java.util.List;

/**
 * Someone whose work the signed-in user may do today: themselves, or a person they substitute for.
 * {@code substitution} is true for the latter, so the audit can record "acting for".
 */
public record ActingIdentity(long userId, String username, String fullName, List<RoleInUnit> roles,
                             boolean substitution) {
}
