package vn.boardflow.emulation;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.bench.Latencies;
import vn.boardflow.bench.OnPostgres;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.emulation.Agreements.NewAgreement;
import vn.boardflow.emulation.Campaigns.NewCampaign;
import vn.boardflow.emulation.Clusters.NewCluster;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.InspectionFixtures;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.report.ReportLoad;
import vn.boardflow.report.ReportLoad.AreaForm;
import vn.boardflow.report.ReportLoad.Shape;

/**
 * A province's scorecards on PostgreSQL: the generated province of the reports benchmark (10 cities × 20 wards,
 * their monthly reports of 2026), each city's mid-year round with every ward's inspection closed and two remedial
 * tasks per ward (one put right in time, one late), and per city a cluster of its 20 wards with an agreement of 20
 * criteria (the four the system scores, sixteen the units score, every ward's own scores and two peer scores of
 * each). Measured on one thread, p50 and p95: all 200 scorecards of the province as the province's leader opens
 * them (the ten clusters' standings, each read from the reports and the round), and one cluster's. The yardstick,
 * in the same run: the bare SQL aggregates of the same rows (report states and values, inspection totals, remedial
 * tasks, own and peer scores) that the scorecards stand on. Prints the figures and writes
 * {@code target/bench/emulation.json}.
 */
public final class EmulationBenchmark {

    static final int WARM_UP = Integer.getInteger("bench.warmup", 10);
    static final int MEASURED = Integer.getInteger("bench.measured", 50);
    static final int CRITERIA = 20;

    private EmulationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        OnPostgres.run(EmulationBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext context) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        long started = System.nanoTime();
        ReportLoad load = ReportLoad.generate(context, Shape.province());
        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        Logins.as(userDetails, load.areaForms().getFirst().drafter());
        long template = InspectionFixtures.standardChecklist(context.getBean(ChecklistTemplates.class));
        List<AgreementId> agreements = new ArrayList<>();
        List<Long> rounds = new ArrayList<>();
        for (AreaForm area : load.areaForms()) {
            IssuingBodyId body = IssuingBodyId.of(jdbc.queryForObject(
                    "select issuing_body_id from report_form where id = ?", Long.class, area.formId().value()));
            long round = closedRound(jdbc, body, area, template);
            rounds.add(round);
            Logins.as(userDetails, area.drafter());
            agreements.add(agreement(context, body, area, RoundId.of(round)));
        }
        Logins.out();
        String ids = agreements.stream().map(id -> String.valueOf(id.value())).collect(Collectors.joining(","));
        scores(jdbc, ids);
        jdbc.execute("analyze");
        double generatedSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "province: %d clusters, %d wards, %d criteria each, generated in %.0f s%n",
                agreements.size(), load.areaForms().stream().mapToInt(area -> area.units().size()).sum(), CRITERIA,
                generatedSeconds);

        Scorecards scorecards = context.getBean(Scorecards.class);
        Logins.as(userDetails, load.topLeader());
        int cards = agreements.stream().mapToInt(id -> scorecards.of(id).orElseThrow().cards().size()).sum();
        Map<String, Latencies> measured = new HashMap<>();
        measured.put("provinceScorecards", Latencies.of(WARM_UP, MEASURED,
                () -> agreements.forEach(id -> scorecards.of(id).orElseThrow())));
        measured.put("oneClusterScorecards", Latencies.of(WARM_UP, MEASURED,
                () -> scorecards.of(agreements.getFirst()).orElseThrow()));
        Logins.out();
        String forms = load.areaForms().stream().map(area -> String.valueOf(area.formId().value()))
                .collect(Collectors.joining(","));
        String roundIds = rounds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<String> bare = bareQueries(forms, roundIds, ids);
        Latencies bareSql = Latencies.of(WARM_UP, MEASURED, () -> bare.forEach(jdbc::queryForList));

        Latencies province = measured.get("provinceScorecards");
        Latencies cluster = measured.get("oneClusterScorecards");
        double ratio = province.p95Ms() / bareSql.p95Ms();
        String json = String.format(Locale.ROOT, """
                {"database": "%s", "clusters": %d, "scorecards": %d, "criteria": %d, "warmUp": %d, "measured": %d, \
                "generatedSeconds": %.0f, "provinceScorecards": {"p50Ms": %.1f, "p95Ms": %.1f}, \
                "oneClusterScorecards": {"p50Ms": %.1f, "p95Ms": %.1f}, "bareSql": {"p50Ms": %.1f, "p95Ms": %.1f}, \
                "provinceToBareSqlP95": %.1f, "goalP95Ms": 500}
                """, jdbc.queryForObject("select version()", String.class).split(",")[0], agreements.size(), cards,
                CRITERIA, WARM_UP, MEASURED, generatedSeconds, province.p50Ms(), province.p95Ms(), cluster.p50Ms(),
                cluster.p95Ms(), bareSql.p50Ms(), bareSql.p95Ms(), ratio);
        System.out.printf(Locale.ROOT, "p50 / p95 ms:%n  %-24s %7.1f / %7.1f%n  %-24s %7.1f / %7.1f%n"
                        + "  %-24s %7.1f / %7.1f%n  province ÷ bare SQL at p95: %.1f%n", "province (200 cards)",
                province.p50Ms(), province.p95Ms(), "one cluster (20 cards)", cluster.p50Ms(), cluster.p95Ms(),
                "bare SQL aggregates", bareSql.p50Ms(), bareSql.p95Ms(), ratio);
        Path out = Path.of("target", "bench", "emulation.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }

    /** The area's mid-year round of 2026, every ward closed with a total and two remedial tasks due by June. */
    private static long closedRound(JdbcTemplate jdbc, IssuingBodyId body, AreaForm area, long template) {
        long board = jdbc.queryForObject("select accepting_unit_id from report_form where id = ?", Long.class,
                area.formId().value());
        long round = jdbc.queryForObject("""
                insert into inspection_round (issuing_body_id, unit_id, round_year, period, status, template_id,
                    self_assessment, purpose, schedule_json, opened_at, opened_by)
                values (?, ?, 2026, 'MID_YEAR', 'CLOSED', ?, false, 'Đo tải', '{"teams":[],"visits":[]}', now(), 'dotai')
                returning id""", Long.class, body.value(), board, template);
        jdbc.update("""
                insert into ward_inspection (round_id, ward_id, team_name, team_head, visit_date, mode, status,
                    scores_json, total_score, rating, submitted_at, submitted_by, closed_at, closed_by)
                select ?, u.unit_id, 'Đoàn 1', 'dotai', date '2026-06-10', 'ON_SITE', 'CLOSED', '{}',
                    70 + u.unit_id % 30, case when u.unit_id % 30 >= 20 then 'XUAT_SAC' else 'TOT' end,
                    now(), 'dotai', now(), 'dotai'
                from report_form_unit u where u.form_id = ?""", round, area.formId().value());
        jdbc.update("""
                insert into remedial_task (ward_inspection_id, round_id, ward_id, criterion_code, description, deadline,
                    status, reported_at, reported_by, reviewed_at, reviewed_by, created_at)
                select w.id, w.round_id, w.ward_id, '8.1', 'Khắc phục ' || k, date '2026-06-30', 'ACCEPTED',
                    timestamp with time zone '2026-06-20 09:00:00+07' + (k - 1) * interval '20 days', 'dotai', now(),
                    'dotai', now()
                from ward_inspection w cross join generate_series(1, 2) k where w.round_id = ?""", round);
        return round;
    }

    private static AgreementId agreement(ConfigurableApplicationContext context, IssuingBodyId body, AreaForm area,
                                         RoundId round) {
        CampaignId campaign = context.getBean(Campaigns.class).create(new NewCampaign(body, "Phong trào đo tải",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ""));
        ClusterId cluster = context.getBean(Clusters.class).create(new NewCluster(body, "Cụm đo tải", 2026, 2026,
                area.units()));
        Agreements agreements = context.getBean(Agreements.class);
        NewAgreement offered = agreements.proposal(cluster, campaign, 2026, AgreementSpan.HALF_YEAR, round);
        List<AgreementCriterion> criteria = new ArrayList<>(offered.criteria().stream()
                .filter(criterion -> criterion.source().automatic()).toList());
        IntStream.rangeClosed(criteria.size() + 1, CRITERIA).forEach(code -> criteria.add(new AgreementCriterion(
                String.valueOf(code), "Tiêu chí đơn vị chấm " + code, CriterionKind.SCORED, ScoreSource.MANUAL,
                BigDecimal.valueOf(5), BigDecimal.ONE)));
        return agreements.create(new NewAgreement(cluster, campaign, 2026, AgreementSpan.HALF_YEAR,
                offered.chairUnitId(), round, criteria, Map.of()));
    }

    /** Every ward's own score of each criterion the units score, and two other wards' scores of each. */
    private static void scores(JdbcTemplate jdbc, String agreements) {
        jdbc.update("""
                insert into scorecard_entry (scorecard_id, criterion, self_score, self_note)
                select s.id, c.code, 3 + (s.unit_id %% 3), 'Minh chứng' from scorecard s
                join agreement_criterion c on c.agreement_id = s.agreement_id and c.source = 'MANUAL'
                where s.agreement_id in (%s)""".formatted(agreements));
        jdbc.update("""
                insert into peer_score (scorecard_id, criterion, scorer_unit_id, score)
                select s.id, c.code, o.unit_id, 2 + (o.unit_id %% 4) from scorecard s
                join agreement_criterion c on c.agreement_id = s.agreement_id and c.source = 'MANUAL'
                join lateral (select o.unit_id from scorecard o where o.agreement_id = s.agreement_id
                    and o.unit_id <> s.unit_id order by o.unit_id limit 2) o on true
                where s.agreement_id in (%s)""".formatted(agreements));
    }

    /** The same rows aggregated by the database alone, with nothing made of them. */
    private static List<String> bareQueries(String forms, String rounds, String agreements) {
        return List.of("""
                select r.unit_id, count(*), count(*) filter (where r.on_time) from unit_report r
                where r.form_id in (%s) and r.period_type = 'MONTH' and r.period_year = 2026 and r.period_number <= 6
                group by r.unit_id""".formatted(forms), """
                select r.unit_id, v.field_key, sum(v.amount) from unit_report r join report_value v on v.report_id = r.id
                where r.form_id in (%s) and r.period_type = 'MONTH' and r.period_year = 2026 and r.period_number <= 6
                  and r.status = 'ACCEPTED'
                group by r.unit_id, v.field_key""".formatted(forms), """
                select w.ward_id, w.total_score, w.rating from ward_inspection w where w.round_id in (%s)
                """.formatted(rounds), """
                select t.ward_id, count(*), count(*) filter (where t.status = 'ACCEPTED'
                    and cast(t.reported_at as date) <= t.deadline) from remedial_task t
                where t.round_id in (%s) and t.deadline <= current_date group by t.ward_id""".formatted(rounds), """
                select s.unit_id, e.criterion, e.self_score, avg(p.score) from scorecard s
                join scorecard_entry e on e.scorecard_id = s.id
                left join peer_score p on p.scorecard_id = s.id and p.criterion = e.criterion
                where s.agreement_id in (%s) group by s.unit_id, e.criterion, e.self_score""".formatted(agreements));
    }
}
