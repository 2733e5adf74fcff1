package jp.bansou.casefile;

import java.util.List;

import jp.bansou.contract.Contract;
import jp.bansou.contract.ContractService;
import jp.bansou.contract.Notice;
import jp.bansou.contract.PlanPeriod;
import jp.bansou.contract.Term;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import jp.bansou.engagement.CaseReassignment;
import jp.bansou.engagement.Engagement;
import jp.bansou.engagement.EngagementService;
import jp.bansou.engagement.PlanProposal;
import jp.bansou.engagement.SeparateProjectProposal;
import jp.bansou.security.CaseAccess;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case as a whole: the inquiry, its outcome, the plan proposal and any separate project proposal, the contract
 * with its terms, plan history and notices.
 */
@RestController
@RequestMapping("/api/engagements")
class CaseFileController {

    private final EngagementService engagements;
    private final ContractService contracts;
    private final CaseReassignment reassignments;
    private final CaseAccess access;

    CaseFileController(EngagementService engagements, ContractService contracts, CaseReassignment reassignments,
            CaseAccess access) {
        this.engagements = engagements;
        this.contracts = contracts;
        this.reassignments = reassignments;
        this.access = access;
    }

    /** Managers see every case, a consultant their own. */
    @GetMapping
    List<Engagement> list() {
        return access.isManager() ? engagements.all()
                : engagements.all().stream().filter(e -> access.currentUser().equals(e.consultant())).toList();
    }

    @GetMapping("/{caseNumber}")
    CaseFile get(@PathVariable String caseNumber) {
        access.requireWorkOn(caseNumber);
        Engagement engagement = engagements.get(caseNumber);
        return new CaseFile(engagement, contracts.findContract(caseNumber).orElse(null),
                contracts.terms(caseNumber), contracts.planHistory(caseNumber), contracts.notices(caseNumber),
                engagements.proposal(caseNumber).orElse(null), engagements.separateProject(caseNumber).orElse(null));
    }

    /** Managers hand a case to another consultant. */
    @PutMapping("/{caseNumber}/consultant")
    CaseFile reassign(@PathVariable String caseNumber, @Valid @RequestBody Reassignment reassignment) {
        access.requireManager();
        reassignments.reassign(caseNumber, reassignment.consultant());
        return get(caseNumber);
    }

    record Reassignment(@NotBlank String consultant) {
    }

    /** {@code proposal}: the plan proposal (a spot's agreed hours and budget); {@code separateProject}: the out-of-scope part. */
    record CaseFile(Engagement engagement, Contract contract, List<Term> terms, List<PlanPeriod> planHistory,
            List<Notice> notices, PlanProposal proposal, SeparateProjectProposal separateProject) {
    }
}
