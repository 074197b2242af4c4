package vn.boardflow.org.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;

/** Picks an active user by name or user name, searched on the server without accents. */
class UserPicker extends ComboBox<UserSummary> {

    UserPicker(String label, UserDirectory directory, long excludedUserId) {
        super(label);
        setItems(query -> directory.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream()
                .filter(user -> user.active() && user.id() != excludedUserId));
        setItemLabelGenerator(UserSummary::label);
        setWidthFull();
    }
}
