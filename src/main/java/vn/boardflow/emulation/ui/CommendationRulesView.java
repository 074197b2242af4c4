package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import vn.boardflow.emulation.BaseSalary;
import vn.boardflow.emulation.CommendationRule;
import vn.boardflow.emulation.CommendationRule.Category;
import vn.boardflow.emulation.CommendationRule.CouncilThreshold;
import vn.boardflow.emulation.CommendationRules;
import vn.boardflow.emulation.CommendationRules.NewRule;
import vn.boardflow.emulation.Nominee;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.MoneyField;
import vn.boardflow.shared.ui.StackedCell;

/**
 * Danh hiệu, hình thức khen thưởng, for the administrator: each title with its conditions, ratio cap, the council's
 * threshold, the prize and the text that sets it, and the base salary prizes are counted from. A new text is entered
 * as new rows once the old ones are given their last day, so earlier proposals keep being judged by theirs.
 */
@Route("admin/commendation-rules")
@RolesAllowed("ADMIN")
@Menu(title = "nav.commendationRules", order = 22.6, icon = "vaadin:medal")
class CommendationRulesView extends VerticalLayout implements HasDynamicTitle {

    private final CommendationRules rules;
    private final Clock clock;
    private final Grid<CommendationRule> ruleGrid = new Grid<>();
    private final Grid<BaseSalary> salaryGrid = new Grid<>();

    CommendationRulesView(CommendationRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
        setSizeFull();
        Button add = new Button(getTranslation("commendation.rule.add"), VaadinIcon.PLUS.create(), click -> adding());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Button addSalary = new Button(getTranslation("commendation.salary.add"), VaadinIcon.PLUS.create(),
                click -> addingSalary());
        ruleGrid.setId("commendation-rules");
        ruleGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        ruleGrid.addComponentColumn(rule -> StackedCell.of(rule.name() + " (" + rule.code() + ")", rule.legalBasis()))
                .setHeader(getTranslation("commendation.rule.column.rule")).setFlexGrow(3);
        ruleGrid.addColumn(rule -> getTranslation(rule.nominee().messageKey()) + " · "
                        + getTranslation(rule.category().messageKey()))
                .setHeader(getTranslation("commendation.rule.column.nominee")).setAutoWidth(true).setFlexGrow(0);
        ruleGrid.addColumn(this::conditions).setHeader(getTranslation("commendation.rule.column.conditions"))
                .setFlexGrow(2);
        ruleGrid.addColumn(rule -> getTranslation(rule.threshold().above() ? "commendation.rule.above"
                        : "commendation.rule.atLeast", rule.threshold().percent()))
                .setHeader(getTranslation("commendation.rule.column.council")).setAutoWidth(true).setFlexGrow(0);
        ruleGrid.addColumn(rule -> rule.prizeCoefficient().stripTrailingZeros().toPlainString().replace('.', ','))
                .setHeader(getTranslation("commendation.rule.column.prize")).setAutoWidth(true).setFlexGrow(0);
        ruleGrid.addColumn(rule -> span(rule.validFrom(), rule.validTo()))
                .setHeader(getTranslation("commendation.rule.column.span")).setAutoWidth(true).setFlexGrow(0);
        ruleGrid.addComponentColumn(rule -> closeButton(rule.validTo(), lastDay -> rules.close(rule.id(), lastDay)))
                .setAutoWidth(true).setFlexGrow(0);
        ruleGrid.setEmptyStateText(getTranslation("commendation.rule.empty"));
        ruleGrid.setAllRowsVisible(true);
        salaryGrid.setId("base-salaries");
        salaryGrid.addComponentColumn(salary -> StackedCell.of(salary.amount().display(), salary.legalBasis()))
                .setHeader(getTranslation("commendation.salary.column.amount")).setFlexGrow(2);
        salaryGrid.addColumn(salary -> span(salary.validFrom(), salary.validTo()))
                .setHeader(getTranslation("commendation.rule.column.span")).setAutoWidth(true).setFlexGrow(0);
        salaryGrid.addComponentColumn(salary -> closeButton(salary.validTo(),
                lastDay -> rules.closeBaseSalary(salary.id(), lastDay))).setAutoWidth(true).setFlexGrow(0);
        salaryGrid.setAllRowsVisible(true);
        refresh();
        add(new HorizontalLayout(add, addSalary), ruleGrid, new H3(getTranslation("commendation.salary.title")),
                salaryGrid);
    }

    private void refresh() {
        ruleGrid.setItems(rules.all());
        salaryGrid.setItems(rules.baseSalaries());
    }

    private String conditions(CommendationRule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.requiresCode() != null) {
            parts.add(getTranslation("commendation.rule.requires", rule.requiresCode()));
        }
        if (rule.ratioCapPercent() != null) {
            parts.add(getTranslation("commendation.rule.cap", rule.ratioCapPercent(), rule.requiresCode()));
        }
        if (rule.memberSharePercent() != null) {
            parts.add(getTranslation("commendation.rule.members", rule.memberSharePercent(), rule.memberTitleCode()));
        }
        if (rule.noDiscipline()) {
            parts.add(getTranslation("commendation.rule.noDiscipline"));
        }
        return String.join("; ", parts);
    }

    private String span(LocalDate from, LocalDate to) {
        return VietnameseDates.format(from) + " – "
                + (to == null ? getTranslation("norm.inForce") : VietnameseDates.format(to));
    }

    private Button closeButton(LocalDate validTo, Consumer<LocalDate> closing) {
        Button close = new Button(getTranslation("norm.close"), click -> {
            DatePicker lastDay = DatePickers.create(getTranslation("norm.field.lastDay"));
            lastDay.setValue(LocalDate.now(clock.withZone(VietnameseDates.ZONE)));
            new FormDialog(getTranslation("norm.close"), getTranslation("norm.close"),
                    () -> Actions.runAndThen(() -> closing.accept(lastDay.getValue()), "norm.closed", this::refresh))
                    .wide(lastDay).open();
        });
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setVisible(validTo == null);
        return close;
    }

    private void adding() {
        TextField code = new TextField(getTranslation("commendation.rule.field.code"));
        code.setMaxLength(20);
        code.setPlaceholder("CSTDCS");
        TextField name = new TextField(getTranslation("commendation.rule.field.name"));
        name.setMaxLength(200);
        Select<Nominee> nominee = new Select<>();
        nominee.setLabel(getTranslation("commendation.rule.column.nominee"));
        nominee.setItems(Nominee.values());
        nominee.setItemLabelGenerator(each -> getTranslation(each.messageKey()));
        nominee.setValue(Nominee.INDIVIDUAL);
        Select<Category> category = new Select<>();
        category.setLabel(getTranslation("commendation.rule.field.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(each -> getTranslation(each.messageKey()));
        category.setValue(Category.FORM);
        IntegerField precedence = new IntegerField(getTranslation("commendation.rule.field.precedence"));
        precedence.setValue(10);
        TextField requires = new TextField(getTranslation("commendation.rule.field.requires"));
        requires.setMaxLength(20);
        IntegerField cap = new IntegerField(getTranslation("commendation.rule.field.cap"));
        TextField memberTitle = new TextField(getTranslation("commendation.rule.field.memberTitle"));
        memberTitle.setMaxLength(20);
        IntegerField memberShare = new IntegerField(getTranslation("commendation.rule.field.memberShare"));
        Checkbox noDiscipline = new Checkbox(getTranslation("commendation.rule.noDiscipline"), true);
        IntegerField council = new IntegerField(getTranslation("commendation.rule.field.council"));
        council.setValue(70);
        Checkbox above = new Checkbox(getTranslation("commendation.rule.field.above"));
        BigDecimalField prize = new BigDecimalField(getTranslation("commendation.rule.field.prize"));
        TextField legalBasis = new TextField(getTranslation("norm.field.legalBasis"));
        legalBasis.setMaxLength(300);
        DatePicker from = DatePickers.create(getTranslation("norm.field.from"));
        from.setValue(LocalDate.now(clock.withZone(VietnameseDates.ZONE)));
        new FormDialog(getTranslation("commendation.rule.add"), getTranslation("norm.save"), () -> Actions.call(() -> {
            RuleViolation.require(council.getValue() != null && council.getValue() >= 1 && council.getValue() <= 100,
                    "commendation.rule.error.percent");
            return rules.add(new NewRule(code.getValue().strip(), name.getValue(), nominee.getValue(), category.getValue(),
                    precedence.getValue() == null ? 0 : precedence.getValue(), blankToNull(requires.getValue()),
                    cap.getValue(), blankToNull(memberTitle.getValue()), memberShare.getValue(),
                    noDiscipline.getValue(), new CouncilThreshold(council.getValue(), above.getValue()),
                    prize.getValue(), legalBasis.getValue(), from.getValue()));
        }).map(id -> {
            refresh();
            return true;
        }).orElse(false)).fields(code, nominee).wide(name).fields(category, precedence).wide(requires).fields(cap, memberTitle)
                .fields(memberShare, noDiscipline).fields(council, above).fields(prize, from).wide(legalBasis).open();
    }

    private void addingSalary() {
        MoneyField amount = new MoneyField(getTranslation("commendation.salary.column.amount"));
        TextField legalBasis = new TextField(getTranslation("norm.field.legalBasis"));
        legalBasis.setMaxLength(300);
        legalBasis.setPlaceholder("Nghị định số …/NĐ-CP, Điều …");
        DatePicker from = DatePickers.create(getTranslation("norm.field.from"));
        from.setValue(LocalDate.now(clock.withZone(VietnameseDates.ZONE)));
        new FormDialog(getTranslation("commendation.salary.add"), getTranslation("norm.save"),
                () -> Actions.runAndThen(() -> {
                    RuleViolation.require(!amount.isInvalid(), "voucher.error.typed");
                    rules.addBaseSalary(amount.getValue(), legalBasis.getValue(), from.getValue());
                }, "commendation.rule.saved", this::refresh)).fields(amount, from).wide(legalBasis).open();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.commendationRules");
    }
}
