package vn.boardflow.org;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.boardflow.shared.Translations;

/**
 * The unit tree as it stood on one date. Immutable, so it can be cached and shared between requests.
 */
public final class OrgChart {

    /** Vietnamese alphabetical order: "Đ" after "D", tones after the bare letter. */
    private static final Comparator<OrgUnit> BY_NAME =
            Comparator.comparing(OrgUnit::name, Collator.getInstance(Translations.VIETNAMESE));

    private final LocalDate date;
    private final Map<UnitId, OrgUnit> units;
    private final Map<UnitId, List<OrgUnit>> children;
    private final List<OrgUnit> roots;

    public OrgChart(LocalDate date, List<OrgUnit> unitsOnDate) {
        this.date = date;
        Map<UnitId, OrgUnit> byId = new HashMap<>();
        unitsOnDate.forEach(unit -> byId.put(unit.id(), unit));
        Map<UnitId, List<OrgUnit>> byParent = new HashMap<>();
        List<OrgUnit> top = new ArrayList<>();
        for (OrgUnit unit : unitsOnDate) {
            if (unit.parentId() != null && byId.containsKey(unit.parentId())) {
                byParent.computeIfAbsent(unit.parentId(), id -> new ArrayList<>()).add(unit);
            } else {
                top.add(unit);
            }
        }
        byParent.replaceAll((id, list) -> list.stream().sorted(BY_NAME).toList());
        this.units = Map.copyOf(byId);
        this.children = Map.copyOf(byParent);
        this.roots = top.stream().sorted(BY_NAME).toList();
    }

    public LocalDate date() {
        return date;
    }

    public Optional<OrgUnit> unit(UnitId id) {
        return Optional.ofNullable(units.get(id));
    }

    public boolean contains(UnitId id) {
        return units.containsKey(id);
    }

    public String nameOf(UnitId id) {
        return id == null || !units.containsKey(id) ? "" : units.get(id).name();
    }

    public List<OrgUnit> roots() {
        return roots;
    }

    public List<OrgUnit> children(UnitId id) {
        return children.getOrDefault(id, List.of());
    }

    /** The unit and the units right below it: a ward and its board, where the ward's officers hold their roles. */
    public List<UnitId> withChildren(UnitId id) {
        List<UnitId> units = new ArrayList<>();
        units.add(id);
        children(id).forEach(child -> units.add(child.id()));
        return units;
    }

    /** A body and the secretariats and offices that serve it, whose members do its work. */
    public List<UnitId> withServingUnits(UnitId id) {
        List<UnitId> units = new ArrayList<>();
        units.add(id);
        children(id).stream().filter(child -> child.type().servesParent()).forEach(child -> units.add(child.id()));
        return units;
    }

    public int size() {
        return units.size();
    }

    /** The unit and every unit below it. */
    public Set<UnitId> subtree(UnitId id) {
        Set<UnitId> result = new LinkedHashSet<>();
        if (!units.containsKey(id)) {
            return result;
        }
        Deque<UnitId> toVisit = new ArrayDeque<>(List.of(id));
        while (!toVisit.isEmpty()) {
            UnitId next = toVisit.pop();
            if (result.add(next)) {
                children(next).forEach(child -> toVisit.push(child.id()));
            }
        }
        return result;
    }

    /** From the root down to the unit's parent. */
    public List<OrgUnit> ancestors(UnitId id) {
        List<OrgUnit> path = new ArrayList<>();
        OrgUnit current = units.get(id);
        Set<UnitId> seen = new LinkedHashSet<>();
        while (current != null && current.parentId() != null && seen.add(current.id())) {
            current = units.get(current.parentId());
            if (current != null) {
                path.addFirst(current);
            }
        }
        return path;
    }

    /** Every unit in tree order (a parent before its children), for pickers. */
    public List<OrgUnit> inTreeOrder() {
        List<OrgUnit> ordered = new ArrayList<>(units.size());
        Deque<OrgUnit> toVisit = new ArrayDeque<>(roots);
        while (!toVisit.isEmpty()) {
            OrgUnit next = toVisit.pop();
            ordered.add(next);
            children(next.id()).reversed().forEach(toVisit::push);
        }
        return ordered;
    }

    /**
     * The units of a type below a unit, in the order of the tree, without looking inside them: the wards
     * of a city board, whatever levels lie between.
     */
    public List<OrgUnit> below(UnitId id, UnitType type) {
        List<OrgUnit> found = new ArrayList<>();
        Deque<OrgUnit> toVisit = new ArrayDeque<>(children(id));
        while (!toVisit.isEmpty()) {
            OrgUnit next = toVisit.pop();
            if (next.type() == type) {
                found.add(next);
            } else {
                children(next.id()).reversed().forEach(toVisit::push);
            }
        }
        return found;
    }

    /** The first of the unit's children of the type, by name: a board's secretariat, a ward's board. */
    public Optional<OrgUnit> child(UnitId id, UnitType type) {
        return children(id).stream().filter(unit -> unit.type() == type).findFirst();
    }

    /**
     * The unit that drafts a body's documents, as the documents name it: its secretariat's abbreviation
     * ("TTK"), or the secretariat's short name where it has none. The filed-copy line and the symbol of a
     * công văn carry it.
     */
    public Optional<String> draftingUnitOf(UnitId id) {
        return child(id, UnitType.SECRETARIAT).map(secretariat -> secretariat.abbreviation() == null
                || secretariat.abbreviation().isBlank() ? secretariat.shortName() : secretariat.abbreviation());
    }

    /** The unit itself when it is of the type, or the nearest unit of the type above it: a board's ward. */
    public Optional<OrgUnit> nearest(UnitId id, UnitType type) {
        OrgUnit unit = units.get(id);
        if (unit != null && unit.type() == type) {
            return Optional.of(unit);
        }
        return ancestors(id).reversed().stream().filter(above -> above.type() == type).findFirst();
    }

    /** The nearest unit of the type at or above each of the units, once each, in the units' order: a user's wards. */
    public Set<UnitId> nearest(Collection<UnitId> ids, UnitType type) {
        Set<UnitId> found = new LinkedHashSet<>();
        ids.forEach(id -> nearest(id, type).map(OrgUnit::id).ifPresent(found::add));
        return found;
    }

    /** The ward or commune at or above each of the units, once each: the local units a user's roles sit in. */
    public Set<UnitId> nearestLocal(Collection<UnitId> ids) {
        Set<UnitId> found = new LinkedHashSet<>(nearest(ids, UnitType.WARD));
        found.addAll(nearest(ids, UnitType.COMMUNE));
        return found;
    }

    /** How deep the unit sits: 0 for a root. */
    public int depth(UnitId id) {
        return ancestors(id).size();
    }
}
