package vn.boardflow.emulation.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boardflow.emulation.Agreements.AgreementStatus;
import vn.boardflow.emulation.Agreements.AgreementView;
import vn.boardflow.emulation.BaseSalary;
import vn.boardflow.emulation.CommendationRule;
import vn.boardflow.emulation.CommendationRules;
import vn.boardflow.emulation.Proposals.Check;
import vn.boardflow.emulation.ScoreText;
import vn.boardflow.emulation.internal.Eligibility.Other;
import vn.boardflow.emulation.internal.Eligibility.Ranking;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;

/**
 * What a campaign's proposals are checked against, read once for all of them: the rules in force on the campaign's
 * last day, the campaign's proposals, and the collectives' rankings in its ranked agreements.
 */
@Component
class ProposalFacts {

    private final ProposalRepository proposals;
    private final AgreementRepository agreements;
    private final ScorecardRepository scorecards;
    private final EmulationRecords records;
    private final CommendationRules rules;

    ProposalFacts(ProposalRepository proposals, AgreementRepository agreements, ScorecardRepository scorecards,
                  EmulationRecords records, CommendationRules rules) {
        this.proposals = proposals;
        this.agreements = agreements;
        this.scorecards = scorecards;
        this.records = records;
        this.rules = rules;
    }

    /** The campaign's facts, ready to check any of its proposals. */
    Campaign of(EmulationCampaign campaign) {
        LocalDate judgedOn = campaign.endsOn();
        List<CommendationRule> inForce = rules.inForceOn(judgedOn);
        return new Campaign(judgedOn, inForce, BaseSalary.applying(rules.baseSalaries(), judgedOn)
                .map(BaseSalary::amount).orElse(null), proposals.findByCampaignIdOrderByIdDesc(campaign.id().value()),
                rankings(campaign));
    }

    /** The latest ranking of each unit in the campaign's ranked agreements. */
    private Map<UnitId, Ranking> rankings(EmulationCampaign campaign) {
        Map<UnitId, Ranking> rankings = new HashMap<>();
        for (ClusterAgreement agreement : agreements.findByCampaignIdOrderByYearDescIdAsc(campaign.id().value())) {
            if (agreement.status() != AgreementStatus.RANKED) {
                continue;
            }
            String title = AgreementView.title(agreement.span(), agreement.year(),
                    records.cluster(agreement.clusterId()).name());
            List<Scorecard> cards = scorecards.findByAgreementIdOrderByIdAsc(agreement.id().value());
            cards.forEach(card -> rankings.putIfAbsent(card.unitId(), new Ranking(title, card.finalRank(),
                    cards.size(), ScoreText.of(card.finalScore()))));
        }
        return rankings;
    }

    /** A campaign's facts; {@code baseSalary} {@code null} when none is in force on the judging day. */
    record Campaign(LocalDate judgedOn, List<CommendationRule> rules, Money baseSalary,
                    List<CommendationProposal> proposals, Map<UnitId, Ranking> rankings) {

        CommendationRule rule(String code) {
            return CommendationRule.applying(rules, code, judgedOn).orElse(null);
        }

        /** The prize of the form: its coefficient of the base salary of the judging day. */
        Money prize(String code) {
            CommendationRule rule = rule(code);
            return rule == null || baseSalary == null ? null : rule.prize(baseSalary);
        }

        List<Check> checks(CommendationProposal proposal, Set<Long> withReport) {
            List<Other> others = proposals.stream().filter(other -> !other.id().equals(proposal.id()))
                    .map(other -> new Other(other.formCode(), categoryOf(other.formCode()), other.nomineeKey(),
                            other.nominee(), other.nomineeUnitId())).toList();
            return Eligibility.of(new Eligibility.Facts(rule(proposal.formCode()), rules, judgedOn, proposal.nominee(),
                    proposal.nomineeKey(), proposal.nomineeUnitId(), proposal.formCode(), proposal.memberCount(),
                    proposal.disciplined(), withReport.contains(proposal.id().value()), others,
                    rankings.get(proposal.nomineeUnitId())));
        }

        private CommendationRule.Category categoryOf(String code) {
            CommendationRule rule = rule(code);
            return rule == null ? CommendationRule.Category.FORM : rule.category();
        }
    }
}
