/**
 * The frame around every feature: the main layout with its menu built from {@code @Menu} views, the
 * login page, the home page, the language switch and the handling of errors on screen.
 */
@ApplicationModule(displayName = "Shell", allowedDependencies = {"shared", "org", "workflow", "document", "plan", "inspection", "report"})
package vn.boardflow.shell;

import org.springframework.modulith.ApplicationModule;
