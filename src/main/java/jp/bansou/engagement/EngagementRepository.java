package jp.bansou.engagement;

import static jp.bansou.platform.Jdbc.instant;
import static jp.bansou.platform.Jdbc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.bansou.plan.Plan;
import jp.bansou.platform.Jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EngagementRepository {

    private final JdbcClient jdbc;

    EngagementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String caseNumber, Inquiry inquiry, Instant receivedAt) {
        jdbc.sql("""
                INSERT INTO engagement (case_number, organisation, contact_name, contact_email, employee_count,
                                        message, preferred_pace, received_at)
                VALUES (:caseNumber, :organisation, :contactName, :contactEmail, :employeeCount,
                        :message, :preferredPace, :receivedAt)""")
                .param("caseNumber", caseNumber)
                .param("organisation", inquiry.organisation())
                .param("contactName", inquiry.contactName())
                .param("contactEmail", inquiry.contactEmail())
                .param("employeeCount", inquiry.employeeCount())
                .param("message", inquiry.message())
                .param("preferredPace", inquiry.preferredPace() == null ? null : inquiry.preferredPace().name())
                .param("receivedAt", utc(receivedAt))
                .update();
    }

    Optional<Engagement> find(String caseNumber) {
        return jdbc.sql("SELECT * FROM engagement WHERE case_number = :caseNumber")
                .param("caseNumber", caseNumber)
                .query(EngagementRepository::engagement)
                .optional();
    }

    List<Engagement> findAll() {
        return jdbc.sql("SELECT * FROM engagement ORDER BY received_at DESC, case_number DESC")
                .query(EngagementRepository::engagement)
                .list();
    }

    void assignConsultant(String caseNumber, String consultant) {
        jdbc.sql("UPDATE engagement SET consultant = :consultant WHERE case_number = :caseNumber")
                .param("consultant", consultant).param("caseNumber", caseNumber).update();
    }

    void noteOutcome(String caseNumber, String note) {
        jdbc.sql("UPDATE engagement SET outcome_note = :note WHERE case_number = :caseNumber")
                .param("note", note).param("caseNumber", caseNumber).update();
    }

    void close(String caseNumber, Outcome outcome, Instant closedAt) {
        jdbc.sql("UPDATE engagement SET outcome = :outcome, closed_at = :closedAt WHERE case_number = :caseNumber")
                .param("outcome", outcome.name()).param("closedAt", utc(closedAt)).param("caseNumber", caseNumber)
                .update();
    }

    void insertProposal(String caseNumber, PlanProposal proposal, String proposedBy, Instant proposedAt) {
        jdbc.sql("""
                INSERT INTO plan_proposal (case_number, recommended_plan, proposed_plan, override_reason, spot_hours,
                                           spot_budget_yen, proposed_by, proposed_at)
                VALUES (:caseNumber, :recommendedPlan, :proposedPlan, :overrideReason, :spotHours,
                        :spotBudgetYen, :proposedBy, :proposedAt)""")
                .param("caseNumber", caseNumber)
                .param("recommendedPlan", proposal.recommendedPlan().name())
                .param("proposedPlan", proposal.proposedPlan().name())
                .param("overrideReason", proposal.overrideReason())
                .param("spotHours", proposal.spotHours())
                .param("spotBudgetYen", proposal.spotBudgetYen())
                .param("proposedBy", proposedBy)
                .param("proposedAt", utc(proposedAt))
                .update();
    }

    Optional<PlanProposal> findProposal(String caseNumber) {
        return jdbc.sql("SELECT * FROM plan_proposal WHERE case_number = :caseNumber")
                .param("caseNumber", caseNumber)
                .query((rs, row) -> new PlanProposal(
                        Jdbc.enumValue(rs, "recommended_plan", Plan.class),
                        Jdbc.enumValue(rs, "proposed_plan", Plan.class),
                        rs.getString("override_reason"),
                        Jdbc.integer(rs, "spot_hours"),
                        Jdbc.integer(rs, "spot_budget_yen")))
                .optional();
    }

    void insertSeparateProject(String caseNumber, SeparateProjectProposal proposal) {
        jdbc.sql("""
                INSERT INTO separate_project_proposal (case_number, scope_summary, proposal, split, proposed_by,
                                                       proposed_at)
                VALUES (:caseNumber, :scopeSummary, :proposal, :split, :proposedBy, :proposedAt)""")
                .param("caseNumber", caseNumber)
                .param("scopeSummary", proposal.scopeSummary())
                .param("proposal", proposal.proposal())
                .param("split", proposal.split())
                .param("proposedBy", proposal.proposedBy())
                .param("proposedAt", utc(proposal.proposedAt()))
                .update();
    }

    Optional<SeparateProjectProposal> findSeparateProject(String caseNumber) {
        return jdbc.sql("SELECT * FROM separate_project_proposal WHERE case_number = :caseNumber")
                .param("caseNumber", caseNumber)
                .query((rs, row) -> new SeparateProjectProposal(rs.getString("scope_summary"), rs.getString("proposal"),
                        rs.getBoolean("split"), rs.getString("proposed_by"), instant(rs, "proposed_at")))
                .optional();
    }

    Optional<Integer> findAcceptedSpotHours(String caseNumber) {
        return jdbc.sql("""
                SELECT spot_hours FROM plan_proposal
                WHERE case_number = :caseNumber AND proposed_plan = 'SPOT' AND client_answer = 'ACCEPTED'""")
                .param("caseNumber", caseNumber)
                .query((rs, row) -> Jdbc.integer(rs, "spot_hours"))
                .optional();
    }

    void recordClientAnswer(String caseNumber, ClientAnswer answer, String note, Instant answeredAt) {
        jdbc.sql("""
                UPDATE plan_proposal SET client_answer = :answer, answer_note = :note, answered_at = :answeredAt
                WHERE case_number = :caseNumber""")
                .param("answer", answer.name()).param("note", note).param("answeredAt", utc(answeredAt))
                .param("caseNumber", caseNumber)
                .update();
    }

    private static Engagement engagement(ResultSet rs, int row) throws SQLException {
        return new Engagement(
                rs.getString("case_number"),
                rs.getString("organisation"),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getInt("employee_count"),
                rs.getString("message"),
                Jdbc.enumValue(rs, "preferred_pace", Pace.class),
                instant(rs, "received_at"),
                rs.getString("consultant"),
                Jdbc.enumValue(rs, "outcome", Outcome.class),
                rs.getString("outcome_note"),
                instant(rs, "closed_at"));
    }
}
