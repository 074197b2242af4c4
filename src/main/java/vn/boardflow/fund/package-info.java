/**
 * Funds and settlement (kinh phí, thanh quyết toán): a body's budget (dự toán) of a year, its lines (khoản chi) by
 * expense item (mục, tiểu mục of the state budget's classification, kept as data with its legal basis) and their
 * allocations to wards, every amount in whole đồng.
 */
@ApplicationModule(displayName = "Funds", allowedDependencies = {"shared", "org", "document", "drafting", "plan", "workflow"})
package vn.boardflow.fund;

import org.springframework.modulith.ApplicationModule;
