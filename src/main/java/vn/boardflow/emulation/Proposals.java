package vn.boardflow.emulation;

import java.util.List;
import java.util.Optional;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;

/**
 * Proposals for commendation (đề xuất khen thưởng) within a campaign. A ward's officers propose their ward's people
 * and the ward itself, the body's secretariat anyone of the units below it and the body's own people: the nominee,
 * the form or title, the achievements in short with the full report and evidence as files. Each proposal shows the
 * checks the system makes from what it knows (see {@link Check}), judged by the rules in force on the campaign's
 * last day. A proposal is written until it is sent; the secretariat then takes it into the list or returns it with
 * the reason, and its unit puts it right and sends it again. The nominee's unit and the secretariat see it.
 */
public interface Proposals {

    /** The campaign's proposals the user sees, the latest first. */
    List<ProposalView> ofCampaign(CampaignId campaignId);

    Optional<ProposalView> find(ProposalId id);

    /** The units the user may propose people of (or propose themselves, as collectives) in the campaign. */
    List<Member> nomineeUnits(CampaignId campaignId);

    /** The titles and forms in force on the campaign's last day, which a proposal chooses from. */
    List<CommendationRule> forms(CampaignId campaignId);

    ProposalId create(ProposalDetails details);

    void revise(ProposalId id, long version, ProposalDetails details);

    /** Sends the proposal to the secretariat; refused without the report of the achievements. */
    void send(ProposalId id, long version);

    /** The secretariat takes a sent proposal into the campaign's list (thẩm định đạt). */
    void compile(ProposalId id, long version);

    /** The secretariat returns a sent proposal to its unit with the reason; the unit puts it right and sends it again. */
    void sendBack(ProposalId id, long version, String reason);

    /** Deletes a proposal not yet sent, with its files. */
    void delete(ProposalId id, long version);

    ProposalFile attach(ProposalId id, ProposalFile.Kind kind, String fileName, byte[] bytes);

    void detach(ProposalId id, long fileId);

    StoredFile file(long fileId);

    /**
     * @param nomineeName   the person's full name, or the collective's (by default its unit's name)
     * @param position      the person's position (chức vụ), {@code null} for a collective
     * @param nomineeUnitId the unit the person belongs to, or the collective itself
     * @param memberCount   how many members the collective has, which the members' share is counted of
     * @param disciplined   whether the nominee (or a member of the collective) is under discipline this year
     */
    record ProposalDetails(CampaignId campaignId, Nominee nominee, String nomineeName, String position,
                           UnitId nomineeUnitId, String formCode, String achievements, Integer memberCount,
                           boolean disciplined) {
    }

    enum ProposalStatus {
        /** Written by its unit. */
        DRAFT,
        /** Sent to the secretariat, which compiles the list. */
        SENT,
        /** Returned by the secretariat with the reason: written again by its unit. */
        RETURNED,
        /** Taken into the campaign's list by the secretariat. */
        COMPILED;

        /** Whether its unit still writes it. */
        public boolean written() {
            return this == DRAFT || this == RETURNED;
        }

        public String messageKey() {
            return "emulation.proposal.status." + name();
        }
    }

    /**
     * @param form    the rule the proposal is judged by, {@code null} when none is in force on the campaign's last day
     * @param mayEdit    the user may change, send and delete it: its unit writes it and the user proposes for it
     * @param mayCompile the user is of the secretariat and the proposal is sent
     * @param returned   the secretariat's reason when it last returned the proposal, {@code null} if it has not
     * @param prize      the prize its form carries (its coefficient of the base salary in force on the campaign's last
     *                   day), {@code null} without a form in force or a base salary on that day
     */
    record ProposalView(ProposalId id, CampaignId campaignId, ProposalDetails details, String nomineeUnitName,
                        CommendationRule form, ProposalStatus status, List<Check> checks, List<ProposalFile> files,
                        long version, boolean mayEdit, boolean mayCompile, String returned, Money prize) {

        public ProposalView {
            checks = List.copyOf(checks);
            files = List.copyOf(files);
        }

        public long failed() {
            return checks.stream().filter(check -> check.outcome() == Check.Outcome.FAILED).count();
        }
    }

    /**
     * One of the checks of a proposal: passed, failed, or noted (what the system knows that the council weighs,
     * such as the unit's ranking), with its reason as a message and its arguments.
     */
    record Check(String key, Outcome outcome, String messageKey, List<String> arguments) {

        public Check {
            arguments = List.copyOf(arguments);
        }

        public enum Outcome { PASSED, FAILED, NOTED }
    }

    record ProposalFile(long id, Kind kind, String fileName, String contentType, int size) {

        /** The full report of the achievements (báo cáo thành tích), or evidence for it. */
        public enum Kind {
            REPORT, EVIDENCE;

            public String messageKey() {
                return "emulation.proposal.file." + name();
            }
        }
    }
}
