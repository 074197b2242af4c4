package vn.boardflow.document.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.IssuingBodies.IssuingBodyDetails;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/** A body that issues documents in its own name: its heading lines, symbol abbreviation, place and sequences. */
@Entity
@Table(name = "issuing_body")
class IssuingBody {

    private static final Pattern ABBREVIATION = Pattern.compile("[\\p{Lu}\\p{N}.\\-]{1,40}");
    private static final int MAX_NAME_LINES = 3;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FormatProfile profile;

    @Column(name = "parent_line", nullable = false)
    private String parentLine;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String abbreviation;

    @Column(nullable = false)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NumberingScheme scheme;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "issuing_body_signature", joinColumns = @JoinColumn(name = "issuing_body_id"))
    @OrderColumn(name = "position")
    private List<SignatureLine> signatures = new ArrayList<>();

    @Version
    private long version;

    protected IssuingBody() {
    }

    IssuingBody(IssuingBodyDetails details) {
        apply(details);
    }

    /** Heading lines are printed in upper case, so they are kept that way. */
    void apply(IssuingBodyDetails details) {
        if (details.profile() == null || details.scheme() == null) {
            throw new RuleViolation("issuingBody.error.profileRequired");
        }
        this.unitId = details.unitId().value();
        this.profile = details.profile();
        // a body without a parent line (a provincial People's Committee) heads its documents with its name alone
        this.parentLine = details.parentLine() == null || details.parentLine().isBlank() ? ""
                : required(details.parentLine(), 200).toUpperCase(VIETNAMESE);
        this.name = lines(required(details.name(), 300)).toUpperCase(VIETNAMESE);
        this.abbreviation = required(details.abbreviation(), 40);
        if (!ABBREVIATION.matcher(abbreviation).matches()) {
            throw new RuleViolation("issuingBody.error.abbreviationInvalid");
        }
        this.place = required(details.place(), 100);
        this.scheme = details.scheme();
        if (details.signingAuthorities() == null || details.signingAuthorities().isEmpty()) {
            throw new RuleViolation("issuingBody.error.signatureRequired");
        }
        this.signatures.clear();
        for (SigningAuthority authority : details.signingAuthorities()) {
            signatures.add(new SignatureLine(new SigningAuthority(authority.form(),
                    required(authority.authorityLine(), 200).toUpperCase(VIETNAMESE),
                    required(authority.signerTitle(), 200).toUpperCase(VIETNAMESE))));
        }
    }

    /** A name printed on two lines ("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH") keeps its break, and only that. */
    private static String lines(String name) {
        List<String> lines = name.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() > MAX_NAME_LINES) {
            throw new RuleViolation("issuingBody.error.nameLines", MAX_NAME_LINES);
        }
        return String.join("\n", lines);
    }

    private static String required(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("issuingBody.error.fieldRequired");
        }
        if (value.strip().length() > maxLength) {
            throw new RuleViolation("issuingBody.error.tooLong", maxLength);
        }
        return value.strip();
    }

    IssuingBodyView view() {
        return new IssuingBodyView(IssuingBodyId.of(id), unitId(), profile, parentLine, name, abbreviation, place, scheme,
                signatures.stream().map(SignatureLine::view).toList(), version);
    }

    Long id() {
        return id;
    }

    UnitId unitId() {
        return UnitId.of(unitId);
    }

    FormatProfile profile() {
        return profile;
    }

    String abbreviation() {
        return abbreviation;
    }

    long version() {
        return version;
    }
}
