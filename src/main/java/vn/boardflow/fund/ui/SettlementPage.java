package vn.boardflow.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.ExpenseItem;
import vn.boardflow.fund.ExpenseItems;
import vn.boardflow.fund.SettlementAction;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.SettlementFiles;
import vn.boardflow.fund.SettlementFinding;
import vn.boardflow.fund.SettlementId;
import vn.boardflow.fund.SettlementPapers;
import vn.boardflow.fund.SettlementPapers.Paper;
import vn.boardflow.fund.SettlementReview;
import vn.boardflow.fund.Settlements;
import vn.boardflow.fund.Settlements.SettlementView;
import vn.boardflow.fund.Voucher;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.MoneyField;
import vn.boardflow.shared.ui.Notifications;
import vn.boardflow.shared.ui.RecordPage;

/**
 * A settlement dossier's page, for the ward and the body alike: where it stands against the allocation, the advance
 * it clears or the dossier it corrects, what it is for, its vouchers as cards with their scans and the accountant's
 * comments, what its checks find, the step the user may take, the Bảng kê to download, and its history with the
 * process diagram. An advance's page has its reason, amount and day to settle by instead of vouchers, and its Giấy
 * đề nghị tạm ứng. While the ward writes it, every change is saved as it is made.
 */
@Route("funds/settlement")
@PermitAll
class SettlementPage extends RecordPage<SettlementView> {

    private final Settlements settlements;
    private final SettlementFiles files;
    private final SettlementReview review;
    private final SettlementPapers papers;
    private final ExpenseItems items;
    private TextField title;
    private DatePicker from;
    private DatePicker to;
    private MoneyField requested;
    private DatePicker settleBy;

    SettlementPage(Settlements settlements, SettlementFiles files, SettlementReview review, SettlementPapers papers,
                   ExpenseItems items) {
        super(id -> SettlementId.from(id).flatMap(settlements::find), "settlement.error.notFound");
        this.settlements = settlements;
        this.files = files;
        this.review = review;
        this.papers = papers;
        this.items = items;
        setWidthFull();
        setMaxWidth("60rem");
    }

    @Override
    protected String show(SettlementView dossier) {
        boolean advance = dossier.kind() == DossierKind.ADVANCE;
        add(new Div(Badges.of(getTranslation(dossier.kind().statusKey(dossier.status())), dossier.status().tone()),
                new Span(" " + getTranslation("settlement.of", dossier.ward().name(), dossier.activity(),
                        dossier.year(), dossier.bodyLabel()))));
        add(new Span(getTranslation(advance ? "advance.sums" : "settlement.sums", dossier.allocation().display(),
                dossier.elsewhere().display(), (advance ? dossier.content().requested() : dossier.content().spent())
                        .display(), dossier.left().display())));
        if (dossier.approvedAmount() != null) {
            add(new Span(getTranslation("settlement.approvedAs", dossier.approvedAmount().display(),
                    dossier.approvalReason() == null ? "" : dossier.approvalReason())));
        }
        add(DossierLinks.of(dossier));
        boolean writes = dossier.may(SettlementAction.EDIT);
        add(header(dossier, writes));
        add(findings(dossier));
        if (!advance) {
            vouchers(dossier, writes);
        }
        add(SettlementSteps.of(dossier, settlements, review, () -> writes
                ? write(dossier, dossier.content().vouchers()).map(SettlementView::version)
                : Optional.of(dossier.version()), () -> load(dossier.id().value())));
        if (advance) {
            add(new Div(paper("advance.paper", () -> papers.paymentRequest(dossier.id()))));
        } else {
            add(new Div(paper("settlement.voucherList", () -> papers.voucherList(dossier.id()))),
                    new Div(paper("settlement.voucherListSheet", () -> papers.voucherListSheet(dossier.id()))),
                    new Div(paper("settlement.paymentRequest", () -> papers.paymentRequest(dossier.id()))));
        }
        add(new SettlementHistory(dossier, settlements));
        return getTranslation(advance ? "advance.title" : "settlement.title", dossier.content().title());
    }

    /** The vouchers as cards, and the button adding one while the ward writes the dossier. */
    private void vouchers(SettlementView dossier, boolean writes) {
        add(new H3(getTranslation("settlement.vouchers", dossier.content().vouchers().size())));
        List<ExpenseItem> inForce = items.inForceOn(LocalDate.of(dossier.year(), 1, 1));
        if (writes) {
            Button add = new Button(getTranslation("voucher.add"), VaadinIcon.PLUS.create(), click -> VoucherDialog
                    .open(inForce, dossier.year(), null, voucher -> save(dossier, with(dossier, voucher))));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add(add);
        }
        if (dossier.content().vouchers().isEmpty()) {
            add(new Span(getTranslation("settlement.vouchers.none")));
        }
        for (Voucher voucher : dossier.content().vouchers()) {
            add(VoucherCard.of(dossier, voucher, files, new VoucherCard.Changes() {
                @Override
                public void edit(Voucher changed) {
                    VoucherDialog.open(inForce, dossier.year(), changed, kept -> save(dossier, with(dossier, kept)));
                }

                @Override
                public void remove(Voucher removed) {
                    save(dossier, without(dossier, removed));
                }

                @Override
                public void filesChanged() {
                    load(dossier.id().value());
                }
            }));
        }
    }

    private Anchor paper(String labelKey, Supplier<Paper> filled) {
        return Downloads.link(getTranslation(labelKey), () -> {
            Paper paper = filled.get();
            return new Downloads.File(paper.fileName(), paper.contentType(), paper.content());
        });
    }

    /** What the dossier is for, when, and the amount asked: fields while the ward writes it, a line otherwise. */
    private Div header(SettlementView dossier, boolean writes) {
        SettlementContent content = dossier.content();
        boolean advance = dossier.kind() == DossierKind.ADVANCE;
        if (!writes) {
            Div read = new Div(new Span(getTranslation(advance ? "advance.requested" : "settlement.requested",
                    content.requested().display(), content.requested().inWords())));
            if (content.settleBy() != null) {
                read.add(new Div(getTranslation("advance.settleBy", VietnameseDates.format(content.settleBy()))));
            }
            return read;
        }
        title = new TextField(getTranslation(advance ? "advance.field.reason" : "settlement.field.title"));
        title.setValue(content.title());
        title.setMaxLength(Voucher.MAX_TEXT);
        title.setRequiredIndicatorVisible(true);
        from = DatePickers.create(getTranslation("settlement.field.from"));
        from.setValue(content.activityFrom());
        to = DatePickers.create(getTranslation("settlement.field.to"));
        to.setValue(content.activityTo());
        requested = new MoneyField(getTranslation(advance ? "advance.field.amount" : "settlement.field.requested"));
        requested.setValue(content.requested());
        Button save = new Button(getTranslation("settlement.save"), click -> save(dossier, content.vouchers()));
        FormLayout form = new FormLayout(title, from, to, requested);
        form.setColspan(title, 2);
        settleBy = advance ? DatePickers.create(getTranslation("advance.field.settleBy")) : null;
        if (settleBy != null) {
            settleBy.setValue(content.settleBy());
            settleBy.setRequiredIndicatorVisible(true);
            form.add(settleBy);
        } else {
            Button total = new Button(getTranslation("settlement.field.useTotal", content.spent().display()),
                    click -> requested.setValue(content.spent()));
            total.addThemeVariants(ButtonVariant.TERTIARY);
            form.add(total);
        }
        return new Div(form, save);
    }

    private Div findings(SettlementView dossier) {
        Div list = new Div();
        for (SettlementFinding finding : dossier.findings()) {
            if (finding.voucherNo() == null) {
                list.add(new Div(FindingText.of(finding)));
            }
        }
        return list;
    }

    /** Saves what the fields say with these vouchers; refused, the page stays as the user left it. */
    private boolean save(SettlementView dossier, List<Voucher> vouchers) {
        boolean saved = write(dossier, vouchers).isPresent();
        if (saved) {
            Notifications.success(getTranslation("settlement.saved"));
            load(dossier.id().value());
        }
        return saved;
    }

    private Optional<SettlementView> write(SettlementView dossier, List<Voucher> vouchers) {
        return Actions.call(() -> {
            if (requested.isInvalid()) {
                throw new RuleViolation("voucher.error.typed");
            }
            return settlements.save(dossier.id(), dossier.version(), new SettlementContent(title.getValue(),
                    from.getValue(), to.getValue(), requested.getValue(), vouchers,
                    settleBy == null ? null : settleBy.getValue()));
        });
    }

    /** The vouchers with this one changed in its place, or added at the end. */
    private static List<Voucher> with(SettlementView dossier, Voucher voucher) {
        List<Voucher> vouchers = new ArrayList<>(dossier.content().vouchers());
        int place = vouchers.stream().map(Voucher::no).toList().indexOf(voucher.no());
        if (voucher.no() == 0 || place < 0) {
            vouchers.add(voucher);
        } else {
            vouchers.set(place, voucher);
        }
        return vouchers;
    }

    private static List<Voucher> without(SettlementView dossier, Voucher voucher) {
        return dossier.content().vouchers().stream().filter(each -> each.no() != voucher.no()).toList();
    }
}
