package vn.boardflow.workflow.internal;

import java.util.function.Supplier;
import org.flowable.common.engine.impl.identity.Authentication;

/** Tells Flowable who acts, so its history names the user; Flowable keeps this in a thread-local. */
final class FlowableUser {

    private FlowableUser() {
    }

    static <T> T as(String username, Supplier<T> work) {
        String previous = Authentication.getAuthenticatedUserId();
        Authentication.setAuthenticatedUserId(username);
        try {
            return work.get();
        } finally {
            Authentication.setAuthenticatedUserId(previous);
        }
    }

    static void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
