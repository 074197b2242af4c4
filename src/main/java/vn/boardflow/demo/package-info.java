/**
 * A lived-in demo: on the first start with the demo organisation, the 2018 plan of seed 004 issued with ten months
 * of its wards' reports, a few other documents in the registers, an inspection round under way and work waiting in the demo users'
 * inboxes, all made through the features' own services as the demo users, so every screen has something
 * on it. Nothing depends on this module, and the tests run without it.
 */
@ApplicationModule(displayName = "Demo activity", allowedDependencies = {"shared", "org", "document", "drafting", "plan", "inspection", "report", "fund", "emulation"})
package vn.boardflow.demo;

import org.springframework.modulith.ApplicationModule;
