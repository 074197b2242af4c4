package vn.boardflow.fund.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.boardflow.fund.ExpenseItem;

/** A tiểu mục as the classification in force over a span of days names it: one row per code and span. */
@Entity
@Table(name = "expense_item")
class ExpenseItemRecord {

    @Id
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "group_code", nullable = false)
    private String groupCode;

    @Column(name = "group_name", nullable = false)
    private String groupName;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected ExpenseItemRecord() {
    }

    ExpenseItem view() {
        return new ExpenseItem(code, name, groupCode, groupName, legalBasis, validFrom, validTo);
    }
}
