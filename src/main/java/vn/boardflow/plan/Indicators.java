package vn.boardflow.plan;

import java.util.List;

/** The catalogue of indicators that plans set targets for (chi đoàn maintained, new members, …). */
public interface Indicators {

    /** Active indicators in their order, or every one with {@code includeRetired}. */
    List<IndicatorView> list(boolean includeRetired);

    long create(IndicatorDetails details);

    /** Refuses when someone changed the indicator since {@code version} was read. */
    void update(long id, long version, IndicatorDetails details);

    /**
     * @param allocated whether wards take shares of the city's value (a city-wide training does not)
     * @param active    retired indicators stay in old plans but are not offered for new ones
     */
    record IndicatorDetails(String name, String unitOfMeasure, boolean allocated, boolean active) {
    }

    record IndicatorView(long id, String name, String unitOfMeasure, boolean allocated, boolean active, int position,
                         long version) {
    }
}
