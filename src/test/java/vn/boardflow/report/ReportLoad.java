package vn.boardflow.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.DemoUnits;
import vn.boardflow.Logins;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.IssuingBodies.IssuingBodyDetails;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.document.SigningForm;
import vn.boardflow.org.Memberships.GrantRole;
import vn.boardflow.org.Memberships;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;
import vn.boardflow.org.UserAdministration.NewUser;
import vn.boardflow.org.UserAdministration;
import vn.boardflow.report.FormField.Tally;
import vn.boardflow.report.ReportForms.FormDefinition;

/**
 * Generated reporting on PostgreSQL, for the benchmark: areas (a province's cities, or the country's provinces) each
 * with its board, its wards and its monthly form of {@value #FIELDS} figures, accepted every month from January of
 * the first year to November 2026, December in draft; optionally the board above with its form on which the areas'
 * boards report. The tree hangs below the demo's root, where its administrator may create bodies and users; units,
 * reports and figures are written in bulk by SQL, the bodies, users and forms through the services.
 *
 * @param topLeader the leader of the top unit (the province, or the country), who sees every form
 * @param areaForms each area's form with its wards, in order
 * @param upperForm the form the areas' boards report on, {@code null} when there is none
 * @param values    how many figures were written
 */
public record ReportLoad(String topLeader, List<AreaForm> areaForms, AreaForm upperForm, long values) {

    static final int FIELDS = 20;
    static final int LAST_YEAR = 2026;
    static final String PASSWORD = "mật khẩu đo tải đủ dài";
    private static final LocalDate SINCE = LocalDate.of(2016, 1, 1);

    /** A form, its units, and the users who accept its reports and who write the first unit's. */
    public record AreaForm(ReportFormId formId, List<UnitId> units, String drafter, String firstUnitOfficer) {
    }

    /** The shape to generate: how many areas, of which type, with how many wards each, for how many years. */
    public record Shape(String name, UnitType topType, UnitType areaType, int[] wardsPerArea, int years, boolean upperForm) {

        public static Shape province() {
            return new Shape("province", UnitType.PROVINCE, UnitType.CITY, IntStream.generate(() -> 20).limit(10)
                    .toArray(), 1, true);
        }

        /** 34 provinces and 3,321 wards after the 2025 reorganisation, unevenly sized like the real ones. */
        static Shape country() {
            int[] wards = IntStream.range(0, 34).map(i -> 60 + (i * 37) % 80).toArray();
            int total = IntStream.of(wards).sum();
            wards[0] += 3321 - total;
            return new Shape("country", UnitType.ORGANISATION, UnitType.PROVINCE, wards, 5, false);
        }

        int wards() {
            return IntStream.of(wardsPerArea).sum();
        }
    }

    public static ReportLoad generate(ApplicationContext context, Shape shape) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Logins.as(userDetails, "quantri");
        Units units = new Units(jdbc);
        long demoRoot = DemoUnits.named(context.getBean(Organisation.class), "Ủy ban nhân dân tỉnh Bình Dương").id().value();
        long top = units.add(demoRoot, shape.topType(), "Đo tải " + shape.name() + " " + tag);
        long topBoard = units.add(top, UnitType.BOARD, "Ban Chỉ đạo đo tải " + tag);
        List<long[]> areas = new ArrayList<>();
        for (int area = 0; area < shape.wardsPerArea().length; area++) {
            long areaUnit = units.add(top, shape.areaType(), "Địa bàn " + (area + 1) + " " + tag);
            long board = units.add(areaUnit, UnitType.BOARD, "Ban Tổ chức Đề án địa bàn " + (area + 1) + " " + tag);
            long[] wards = new long[shape.wardsPerArea()[area] + 1];
            wards[0] = board;
            for (int ward = 1; ward < wards.length; ward++) {
                wards[ward] = units.add(board, UnitType.WARD, "Phường " + ward + " địa bàn " + (area + 1) + " " + tag);
            }
            areas.add(wards);
        }
        units.flush();

        People people = new People(context, tag);
        String topLeader = people.user(UnitId.of(top), Role.LEADER);
        List<AreaForm> areaForms = new ArrayList<>();
        for (int area = 0; area < areas.size(); area++) {
            long[] unitIds = areas.get(area);
            List<UnitId> wards = IntStream.range(1, unitIds.length).mapToObj(i -> UnitId.of(unitIds[i])).toList();
            areaForms.add(form(context, people, UnitId.of(unitIds[0]), wards, "BTC.ĐB" + (area + 1) + "." + tag.toUpperCase(Locale.ROOT)));
        }
        AreaForm upper = shape.upperForm() ? form(context, people, UnitId.of(topBoard),
                areas.stream().map(unitIds -> UnitId.of(unitIds[0])).toList(), "BCĐ.ĐT." + tag.toUpperCase(Locale.ROOT)) : null;
        Logins.out();

        int firstYear = LAST_YEAR - shape.years() + 1;
        List<AreaForm> all = new ArrayList<>(areaForms);
        if (upper != null) {
            all.add(upper);
        }
        all.forEach(form -> reports(jdbc, form.formId(), firstYear));
        jdbc.execute("analyze unit_report");
        jdbc.execute("analyze report_value");
        long values = all.stream().mapToLong(form -> jdbc.queryForObject("""
                select count(*) from report_value v join unit_report r on r.id = v.report_id where r.form_id = ?""",
                Long.class, form.formId().value())).sum();
        return new ReportLoad(topLeader, areaForms, upper, values);
    }

    /** The biggest of the areas' forms, the one measured: a province's first city, the country's largest province. */
    AreaForm largest() {
        return areaForms.stream().max((a, b) -> Integer.compare(a.units().size(), b.units().size())).orElseThrow();
    }

    static List<FormField> fields() {
        return IntStream.rangeClosed(1, FIELDS).mapToObj(i -> FormField.figure(key(i), "Chỉ tiêu " + i, "đơn vị",
                i % 5 == 0 ? Tally.LEVEL : Tally.SUM)).toList();
    }

    static String key(int field) {
        return "f%02d".formatted(field);
    }

    private static AreaForm form(ApplicationContext context, People people, UnitId board, List<UnitId> units,
                                 String abbreviation) {
        IssuingBodyId body = context.getBean(IssuingBodies.class).create(new IssuingBodyDetails(board,
                FormatProfile.STATE, "ĐO TẢI", "Ban " + abbreviation, abbreviation, "Hà Nội",
                NumberingScheme.ONE_SEQUENCE, List.of(new SigningAuthority(SigningForm.TM, "TM. Ban", "Trưởng ban"))));
        String drafter = people.user(board, Role.DRAFTER);
        String officer = people.user(units.getFirst(), Role.WARD_OFFICER);
        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        Logins.as(userDetails, drafter);
        ReportFormId formId = context.getBean(ReportForms.class).create(body, new FormDefinition(
                "Báo cáo tháng đo tải", ReportSchedule.monthlyDefault(), units, board, fields()));
        Logins.as(userDetails, "quantri");
        return new AreaForm(formId, units, drafter, officer);
    }

    /**
     * Every month of every unit from January of the first year, accepted (one in seven late) up to November 2026,
     * December in draft; each with all figures, small numbers varying by unit, month and figure.
     */
    private static void reports(JdbcTemplate jdbc, ReportFormId formId, int firstYear) {
        long form = formId.value();
        jdbc.update("""
                insert into unit_report (form_id, form_version_id, unit_id, period_type, period_year, period_number,
                    status, texts_json, saved_at, saved_by, submitted_at, submitted_by, on_time, accepted_at,
                    accepted_by, opened_at, version)
                select f.id, v.id, u.unit_id, 'MONTH', y, m, case when y = ? and m = 12 then 'DRAFT' else 'ACCEPTED' end,
                    '{"danh-gia":"Sinh hoạt đều đặn."}', make_timestamptz(y, m, 20, 9, 0, 0, 'UTC'), 'dotai',
                    case when y = ? and m = 12 then null else make_timestamptz(y, m, 24, 9, 0, 0, 'UTC')
                        + ((u.unit_id + m) % 7 = 0)::int * interval '10 days' end,
                    case when y = ? and m = 12 then null else 'dotai' end,
                    case when y = ? and m = 12 then null else (u.unit_id + m) % 7 <> 0 end,
                    case when y = ? and m = 12 then null else make_timestamptz(y, m, 28, 9, 0, 0, 'UTC') end,
                    case when y = ? and m = 12 then null else 'dotai' end,
                    make_timestamptz(y, m, 1, 0, 0, 0, 'UTC'), 0
                from report_form f
                join report_form_version v on v.form_id = f.id and v.number = f.current_version
                join report_form_unit u on u.form_id = f.id
                cross join generate_series(?, ?) y
                cross join generate_series(1, 12) m
                where f.id = ?""", LAST_YEAR, LAST_YEAR, LAST_YEAR, LAST_YEAR, LAST_YEAR, LAST_YEAR, firstYear,
                LAST_YEAR, form);
        jdbc.update("""
                insert into report_value (report_id, field_key, amount)
                select r.id, 'f' || lpad(k::text, 2, '0'), (r.unit_id * 7 + r.period_number * 13 + k * 5) % 40
                from unit_report r cross join generate_series(1, ?) k
                where r.form_id = ?""", FIELDS, form);
    }

    /** Units and their first versions, written in batches. */
    private static final class Units {

        private final JdbcTemplate jdbc;
        private final List<Object[]> versions = new ArrayList<>();

        Units(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        long add(long parent, UnitType type, String name) {
            long id = jdbc.queryForObject("insert into unit (type, modified_at) values (?, now()) returning id",
                    Long.class, type.name());
            versions.add(new Object[] {id, java.sql.Date.valueOf(SINCE), name, name, parent});
            if (versions.size() >= 500) {
                flush();
            }
            return id;
        }

        void flush() {
            jdbc.batchUpdate("""
                    insert into unit_version (unit_id, valid_from, name, short_name, parent_id, change_reason)
                    values (?, ?, ?, ?, ?, 'CREATED')""", versions);
            versions.clear();
        }
    }

    /** Users of the generated tree, each holding one role in one unit. */
    private static final class People {

        private final UserAdministration users;
        private final Memberships memberships;
        private final String tag;
        private int count;

        People(ApplicationContext context, String tag) {
            this.users = context.getBean(UserAdministration.class);
            this.memberships = context.getBean(Memberships.class);
            this.tag = tag;
        }

        String user(UnitId unit, Role role) {
            String username = "dt" + tag + "u" + ++count;
            long id = users.create(new NewUser(username, "Người đo tải " + count, role.name(), null, null, PASSWORD));
            memberships.grant(new GrantRole(id, unit, role, SINCE, null));
            return username;
        }
    }
}
