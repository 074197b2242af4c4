package vn.boardflow.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import vn.boardflow.shared.VietnameseDates;

/** Date pickers that read and write {@code dd/MM/yyyy}, with month and day names in the UI language. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Messages.locale());
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(VietnameseDates.DATE_PATTERN, "d/M/yyyy", "d/M/yy");
        i18n.setMonthNames(List.of(Messages.text("date.months").split(",")));
        i18n.setWeekdays(List.of(Messages.text("date.weekdays").split(",")));
        i18n.setWeekdaysShort(List.of(Messages.text("date.weekdaysShort").split(",")));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(Messages.text("date.today"));
        i18n.setCancel(Messages.text("action.cancel"));
        i18n.setBadInputErrorMessage(Messages.text("date.badInput"));
        picker.setI18n(i18n);
        picker.setPlaceholder("dd/mm/yyyy");
        return picker;
    }
}
