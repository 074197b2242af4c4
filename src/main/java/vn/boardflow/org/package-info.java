/**
 * The organisation: the unit tree with its history, users, roles held in units, substitutes, sign-in
 * and the audit log. Everything else asks this module who the user is and where they may act.
 */
@ApplicationModule(displayName = "Organisation", allowedDependencies = {"shared"})
package vn.boardflow.org;

import org.springframework.modulith.ApplicationModule;
