package vn.boardflow.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.VietnameseDates;

/**
 * A round's teams and the wards each visits, with the rules a schedule must keep: nobody is booked at two
 * wards on one day, nobody inspects a ward where they hold a role, and every ward of the body is covered
 * exactly once. {@link #problems} explains each breach in words the secretariat can act on.
 */
public record InspectionSchedule(List<Team> teams, List<Visit> visits) {

    public InspectionSchedule {
        teams = teams == null ? List.of() : List.copyOf(teams);
        visits = visits == null ? List.of() : List.copyOf(visits);
    }

    /** @param head and members are user names; the head inspects too */
    public record Team(String name, String head, List<String> members) {

        public Team {
            members = members == null ? List.of() : List.copyOf(members);
        }

        public Set<String> people() {
            Set<String> people = new LinkedHashSet<>();
            if (head != null && !head.isBlank()) {
                people.add(head);
            }
            people.addAll(members);
            return people;
        }
    }

    public record Visit(UnitId wardId, String team, LocalDate date, InspectionMode mode) {
    }

    /** A broken rule: a message key of the bundles and its arguments (names, wards, dates as text). */
    public record Problem(String messageKey, List<String> arguments) {

        public Problem(String messageKey, String... arguments) {
            this(messageKey, List.of(arguments));
        }
    }

    /** The teams this person is on and the wards those teams visit: what an inspector may see of a round. */
    public InspectionSchedule of(String person) {
        List<Team> own = teams.stream().filter(team -> team.people().contains(person)).toList();
        Set<String> names = new LinkedHashSet<>(own.stream().map(Team::name).toList());
        return new InspectionSchedule(own, visits.stream().filter(visit -> names.contains(visit.team())).toList());
    }

    /**
     * @param wardsOfBody  the body's wards by id, with their names
     * @param roleWards    for each person, the wards where they hold a role (their own ward's board included)
     * @param names        display names by user name; a missing one shows the user name
     */
    public List<Problem> problems(Map<UnitId, String> wardsOfBody, Map<String, Set<UnitId>> roleWards,
                                  Map<String, String> names) {
        List<Problem> problems = new ArrayList<>();
        if (wardsOfBody.isEmpty()) {
            // a round of a body with no wards below it could never close: nothing to inspect, nothing to report
            problems.add(new Problem("inspection.schedule.noWards"));
        }
        Map<String, Team> byName = new LinkedHashMap<>();
        for (Team team : teams) {
            if (team.head() == null || team.head().isBlank()) {
                problems.add(new Problem("inspection.schedule.noHead", team.name()));
            }
            byName.put(team.name(), team);
        }
        Map<UnitId, Integer> coverage = new LinkedHashMap<>();
        Map<String, Map<LocalDate, Set<UnitId>>> bookings = new TreeMap<>();
        for (Visit visit : visits) {
            String ward = wardsOfBody.get(visit.wardId());
            if (ward == null) {
                problems.add(new Problem("inspection.schedule.notOfBody", String.valueOf(visit.wardId())));
                continue;
            }
            coverage.merge(visit.wardId(), 1, Integer::sum);
            if (visit.team() == null || visit.team().isBlank()) {
                problems.add(new Problem("inspection.schedule.noTeam", ward));
                continue;
            }
            Team team = byName.get(visit.team());
            if (team == null) {
                problems.add(new Problem("inspection.schedule.unknownTeam", ward, String.valueOf(visit.team())));
                continue;
            }
            if (visit.date() == null) {
                problems.add(new Problem("inspection.schedule.noDate", ward));
                continue;
            }
            for (String person : team.people()) {
                if (roleWards.getOrDefault(person, Set.of()).contains(visit.wardId())) {
                    problems.add(new Problem("inspection.schedule.ownWard", name(names, person), ward));
                }
                bookings.computeIfAbsent(person, any -> new TreeMap<>())
                        .computeIfAbsent(visit.date(), any -> new LinkedHashSet<>()).add(visit.wardId());
            }
        }
        bookings.forEach((person, days) -> days.forEach((day, wards) -> {
            if (wards.size() > 1) {
                problems.add(new Problem("inspection.schedule.doubleBooked", name(names, person),
                        VietnameseDates.format(day), String.join(", ", wards.stream().map(wardsOfBody::get).toList())));
            }
        }));
        wardsOfBody.forEach((wardId, ward) -> {
            int times = coverage.getOrDefault(wardId, 0);
            if (times == 0) {
                problems.add(new Problem("inspection.schedule.uncovered", ward));
            } else if (times > 1) {
                problems.add(new Problem("inspection.schedule.coveredTwice", ward, String.valueOf(times)));
            }
        });
        return problems;
    }

    private static String name(Map<String, String> names, String username) {
        return names.getOrDefault(username, username);
    }
}
