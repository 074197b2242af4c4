package vn.boardflow.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.SettlementAction;
import vn.boardflow.fund.SettlementReview;
import vn.boardflow.fund.Settlements;
import vn.boardflow.fund.Settlements.SettlementView;
import vn.boardflow.fund.Voucher;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.MoneyField;
import vn.boardflow.shared.ui.StepDialogs;

/**
 * The step the user may take on a dossier now, as buttons: the ward sends it; the secretariat receives it; the
 * accountant passes it or returns it with a comment on each voucher; the leader approves it (for less, with the
 * reason) or sends it back; the accountant records the payment and closes it (an advance, pays it out); the ward
 * opens the dossier that clears its advance, or one that corrects a closed dossier. A step refused leaves its
 * dialog open.
 */
final class SettlementSteps {

    private SettlementSteps() {
    }

    /**
     * @param written saves what the ward has typed and gives the dossier's version then, empty when refused: what
     *                is sent is what the ward sees
     */
    static FlexLayout of(SettlementView dossier, Settlements settlements, SettlementReview review,
                         Supplier<Optional<Long>> written, Runnable reload) {
        FlexLayout bar = new FlexLayout();
        bar.addClassName("toolbar");
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        long version = dossier.version();
        if (dossier.may(SettlementAction.SUBMIT)) {
            Button submit = new Button(Messages.text("settlement.action.submit"));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(Buttons.once(submit, () -> written.get().ifPresentOrElse(saved -> Actions.runAndThen(
                    () -> settlements.submit(dossier.id(), saved), "settlement.submitted", reload), reload)));
        }
        if (dossier.may(SettlementAction.RECEIVE)) {
            bar.add(primary("settlement.action.receive", () -> review.receive(dossier.id(), version),
                    "settlement.received", reload));
        }
        if (dossier.may(SettlementAction.CHECK)) {
            Button pass = StepDialogs.withComment(Messages.text("settlement.action.pass"), false, comment ->
                    Actions.runAndThen(() -> review.pass(dossier.id(), version, comment), "settlement.passed", reload));
            pass.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(pass, new Button(Messages.text("settlement.action.return"), click -> returning(dossier, review,
                    reload)));
        }
        if (dossier.may(SettlementAction.APPROVE)) {
            Button approve = new Button(Messages.text("settlement.action.approve"), click -> approving(dossier, review,
                    reload));
            approve.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(approve, StepDialogs.withComment(Messages.text("settlement.action.sendBack"), true, comment ->
                    Actions.runAndThen(() -> review.sendBack(dossier.id(), version, comment), "settlement.sentBack",
                            reload)));
        }
        if (dossier.may(SettlementAction.PAY)) {
            Button pay = StepDialogs.withComment(Messages.text(dossier.kind() == DossierKind.ADVANCE
                    ? "advance.action.pay" : "settlement.action.pay"), false, comment ->
                    Actions.runAndThen(() -> review.pay(dossier.id(), version, comment), "settlement.paid", reload));
            pay.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(pay);
        }
        if (dossier.may(SettlementAction.CLOSE)) {
            bar.add(new Button(Messages.text("settlement.action.close"), click -> ConfirmDialogs.confirm(
                    Messages.text("settlement.action.close"), Messages.text("settlement.close.text"),
                    Messages.text("settlement.action.close"), () -> Actions.runAndThen(
                            () -> review.close(dossier.id(), version), "settlement.closed", reload))));
        }
        if (dossier.may(SettlementAction.CLEAR) || dossier.may(SettlementAction.CORRECT)) {
            boolean clears = dossier.may(SettlementAction.CLEAR);
            Button follow = new Button(Messages.text(clears ? "settlement.action.clear" : "settlement.action.correct"));
            follow.addThemeVariants(clears ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
            bar.add(Buttons.once(follow, () -> Actions.call(() -> settlements.follow(dossier.id())).ifPresentOrElse(
                    next -> follow.getUI().ifPresent(ui -> ui.navigate(SettlementPage.class, next.value())), reload)));
        }
        return bar;
    }

    private static Button primary(String labelKey, Runnable step, String successKey, Runnable reload) {
        Button button = new Button(Messages.text(labelKey));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return Buttons.once(button, () -> Actions.runAndThen(step, successKey, reload));
    }

    /** A comment on the dossier and one box a voucher, for what the ward is to put right. */
    private static void returning(SettlementView dossier, SettlementReview review, Runnable reload) {
        TextArea general = new TextArea(Messages.text("settlement.return.general"));
        general.setMaxLength(StepDialogs.MAX_COMMENT);
        general.setWidthFull();
        Map<Integer, TextArea> perVoucher = new LinkedHashMap<>();
        FormDialog dialog = new FormDialog(Messages.text("settlement.action.return"),
                Messages.text("settlement.action.return"), () -> {
            Map<Integer, String> comments = new LinkedHashMap<>();
            perVoucher.forEach((no, box) -> comments.put(no, box.getValue()));
            return Actions.runAndThen(() -> review.returnToWard(dossier.id(), dossier.version(), general.getValue(),
                    comments), "settlement.returned", reload);
        });
        dialog.wide(general);
        for (Voucher voucher : dossier.content().vouchers()) {
            TextArea box = new TextArea(Messages.text("settlement.return.voucher", voucher.no(), voucher.number(),
                    voucher.content()));
            box.setMaxLength(StepDialogs.MAX_COMMENT);
            box.setWidthFull();
            perVoucher.put(voucher.no(), box);
            dialog.wide(box);
        }
        dialog.open();
    }

    /** The amount asked is proposed; a lower one needs its reason. */
    private static void approving(SettlementView dossier, SettlementReview review, Runnable reload) {
        MoneyField amount = new MoneyField(Messages.text("settlement.approve.amount"));
        amount.setValue(dossier.content().requested());
        TextArea reason = new TextArea(Messages.text("settlement.approve.reason"));
        reason.setMaxLength(StepDialogs.MAX_COMMENT);
        reason.setWidthFull();
        new FormDialog(Messages.text("settlement.action.approve"), Messages.text("settlement.action.approve"),
                () -> Actions.runAndThen(() -> {
                    if (amount.isInvalid()) {
                        throw new RuleViolation("voucher.error.typed");
                    }
                    review.approve(dossier.id(), dossier.version(), amount.getValue(), reason.getValue());
                }, dossier.kind() == DossierKind.ADVANCE ? "advance.approved" : "settlement.approved", reload))
                .wide(amount).wide(reason).open();
    }
}
