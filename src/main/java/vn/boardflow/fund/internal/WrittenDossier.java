package vn.boardflow.fund.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.Voucher;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.StoredJson;

/**
 * What the ward wrote in a dossier, as its columns keep it: what it is for and when (and, for an advance, by when it
 * is settled), the amount asked (a column of its own, which the year's sums add up), and the vouchers as JSON.
 */
@Embeddable
class WrittenDossier {

    @Column(nullable = false)
    private String title;

    @Column(name = "activity_from")
    private LocalDate activityFrom;

    @Column(name = "activity_to")
    private LocalDate activityTo;

    @Column(name = "settle_by")
    private LocalDate settleBy;

    @Column(name = "requested_amount", nullable = false)
    private long requested;

    @Column(name = "vouchers_json", nullable = false)
    private String vouchersJson;

    protected WrittenDossier() {
    }

    WrittenDossier(SettlementContent content) {
        this.title = content.title();
        this.activityFrom = content.activityFrom();
        this.activityTo = content.activityTo();
        this.settleBy = content.settleBy();
        this.requested = content.requested().dong();
        this.vouchersJson = StoredJson.write(new Vouchers(content.vouchers()));
    }

    Money requested() {
        return Money.of(requested);
    }

    SettlementContent content() {
        return new SettlementContent(title, activityFrom, activityTo, requested(),
                StoredJson.read(vouchersJson, Vouchers.class).vouchers(), settleBy);
    }

    record Vouchers(List<Voucher> vouchers) {
    }
}
