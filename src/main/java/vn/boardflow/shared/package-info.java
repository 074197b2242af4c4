/**
 * The kernel every feature builds on: translations, dates, user-facing rule violations and the
 * small UI kit shared by feature views. It holds no feature code, so every module may use all of it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.boardflow.shared;

import org.springframework.modulith.ApplicationModule;
