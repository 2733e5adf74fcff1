package jp.bansou.engagement;

import static jp.bansou.platform.Jdbc.instant;
import static jp.bansou.platform.Jdbc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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

    void insertHearing(String caseNumber, Hearing hearing, String heardBy, Instant heardAt) {
        jdbc.sql("""
                INSERT INTO hearing (case_number, current_situation, desired_state, priority_issues, pace, target_scope,
                                     involvement, one_off_need, clear_decision_maker, can_execute_alone,
                                     client_owns_decisions, requested_work, heard_by, heard_at)
                VALUES (:caseNumber, :currentSituation, :desiredState, :priorityIssues, :pace, :targetScope,
                        :involvement, :oneOffNeed, :clearDecisionMaker, :canExecuteAlone,
                        :clientOwnsDecisions, :requestedWork, :heardBy, :heardAt)""")
                .param("caseNumber", caseNumber)
                .param("currentSituation", hearing.currentSituation())
                .param("desiredState", hearing.desiredState())
                .param("priorityIssues", hearing.priorityIssues())
                .param("pace", hearing.pace().name())
                .param("targetScope", hearing.targetScope().name())
                .param("involvement", hearing.involvement().name())
                .param("oneOffNeed", hearing.oneOffNeed())
                .param("clearDecisionMaker", hearing.clearDecisionMaker())
                .param("canExecuteAlone", hearing.canExecuteAlone())
                .param("clientOwnsDecisions", hearing.clientOwnsDecisions())
                .param("requestedWork", String.join(",", hearing.requestedWork()))
                .param("heardBy", heardBy)
                .param("heardAt", utc(heardAt))
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

    void insertSpotSession(String caseNumber, SpotSession session, String recordedBy, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO spot_session (case_number, held_on, notes, minutes, recorded_by, recorded_at)
                VALUES (:caseNumber, :heldOn, :notes, :minutes, :recordedBy, :recordedAt)""")
                .param("caseNumber", caseNumber)
                .param("heldOn", session.heldOn())
                .param("notes", session.notes())
                .param("minutes", session.minutes())
                .param("recordedBy", recordedBy)
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    List<SpotSession> findSpotSessions(String caseNumber) {
        return jdbc.sql("SELECT * FROM spot_session WHERE case_number = :caseNumber ORDER BY held_on, id")
                .param("caseNumber", caseNumber)
                .query((rs, row) -> new SpotSession(rs.getObject("held_on", LocalDate.class), rs.getString("notes"),
                        rs.getInt("minutes")))
                .list();
    }

    void insertSpotWrapUp(String caseNumber, SpotWrapUp wrapUp, String recordedBy, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO spot_wrap_up (case_number, summary, next_step, proposed_plan, client_agreed,
                                          recorded_by, recorded_at)
                VALUES (:caseNumber, :summary, :nextStep, :proposedPlan, :clientAgreed, :recordedBy, :recordedAt)""")
                .param("caseNumber", caseNumber)
                .param("summary", wrapUp.summary())
                .param("nextStep", wrapUp.nextStep())
                .param("proposedPlan", wrapUp.proposedPlan() == null ? null : wrapUp.proposedPlan().name())
                .param("clientAgreed", wrapUp.continuesAsContract())
                .param("recordedBy", recordedBy)
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    void insertClosingReport(String caseNumber, ClosingReport report, String reportedBy, Instant reportedAt) {
        jdbc.sql("""
                INSERT INTO closing_report (case_number, summary, client_state, next_steps, reported_by, reported_at)
                VALUES (:caseNumber, :summary, :clientState, :nextSteps, :reportedBy, :reportedAt)""")
                .param("caseNumber", caseNumber)
                .param("summary", report.summary())
                .param("clientState", report.clientState())
                .param("nextSteps", report.nextSteps())
                .param("reportedBy", reportedBy)
                .param("reportedAt", utc(reportedAt))
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
