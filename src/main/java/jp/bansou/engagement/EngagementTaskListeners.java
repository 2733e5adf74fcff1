package jp.bansou.engagement;

import jp.bansou.plan.Plan;
import jp.bansou.platform.FormValues;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engagement's user tasks hand what their forms collected to {@link EngagementService} when they are
 * completed, then drop every value the process's gateways and decisions do not need.
 */
@Configuration(proxyBeanMethods = false)
class EngagementTaskListeners {

    /** ヒアリング (Initial hearing); the consultant who heard the client owns the case from now on. */
    @Bean
    TaskListener recordHearing(EngagementService engagements) {
        return task -> {
            FormValues form = FormValues.of(task);
            String consultant = form.actor();
            engagements.recordHearing(form.caseNumber(), new Hearing(
                    form.text("currentSituation"),
                    form.text("desiredState"),
                    form.text("priorityIssues"),
                    form.choice("pace", Pace.class),
                    form.choice("targetScope", TargetScope.class),
                    form.choice("involvement", Involvement.class),
                    form.flag("oneOffNeed"),
                    form.flag("clearDecisionMaker"),
                    form.flag("canExecuteAlone"),
                    form.flag("clientOwnsDecisions"),
                    form.list("requestedWork")), consultant);
            form.discard("currentSituation", "desiredState", "priorityIssues");
            form.set(EngagementProcess.CONSULTANT, consultant);
        };
    }

    /**
     * 別プロジェクト提案 (Propose a separate project), for a request out of scope as a whole or for the out-of-scope
     * part split off a request whose enablement part goes on to a plan.
     */
    @Bean
    TaskListener recordSeparateProject(EngagementService engagements) {
        return task -> {
            FormValues form = FormValues.of(task);
            engagements.recordSeparateProject(form.caseNumber(), form.text("scopeSummary"), form.text("proposal"),
                    EngagementProcess.TASK_PROPOSE_SPLIT_PROJECT.equals(task.getTaskDefinitionKey()), form.actor());
            form.discard("scopeSummary", "proposal");
        };
    }

    /** お断りと代替案 (Decline with an alternative): the note sent to the prospect is kept with the case. */
    @Bean
    TaskListener recordOutcomeNote(EngagementService engagements) {
        return task -> {
            FormValues form = FormValues.of(task);
            engagements.noteOutcome(form.caseNumber(), form.text("outcomeNote"));
            form.discard("outcomeNote");
        };
    }

    /** プラン提案 (Propose plan). */
    @Bean
    TaskListener recordPlanProposal(EngagementService engagements) {
        return task -> {
            FormValues form = FormValues.of(task);
            engagements.recordProposal(form.caseNumber(), new PlanProposal(
                    form.choice("recommendedPlan", Plan.class),
                    form.choice("plan", Plan.class),
                    form.optionalText("overrideReason").orElse(null),
                    form.optionalNumber("spotHours").orElse(null),
                    form.optionalNumber("spotBudgetYen").orElse(null)), form.actor());
            form.discard("recommendedPlan", "overrideReason", "spotHours", "spotBudgetYen",
                    "oneOffNeed", "pace", "targetScope", "involvement", "clearDecisionMaker", "canExecuteAlone",
                    "requestedWork", "clientOwnsDecisions", "fit");
        };
    }

    /** クライアント回答 (Client's answer). */
    @Bean
    TaskListener recordClientAnswer(EngagementService engagements) {
        return task -> {
            FormValues form = FormValues.of(task);
            engagements.recordClientAnswer(form.caseNumber(), form.choice("clientAnswer", ClientAnswer.class),
                    form.optionalText("answerNote").orElse(null));
            form.discard("answerNote");
        };
    }

    /**
     * スポットセッション (Spot session); its minutes count against the hours agreed for the spot (booked by the hours
     * module on {@link SpotSessionHeld}).
     */
    @Bean
    TaskListener recordSpotSession(EngagementService engagements) {
        return task -> {
            FormValues form = FormValues.of(task);
            engagements.recordSpotSession(form.caseNumber(), new SpotSession(
                    form.date("heldOn"), form.text("notes"), form.number("minutes")), form.actor());
            form.discard("heldOn", "notes", "minutes");
            form.set("anotherSession", form.flag("anotherSession"));
        };
    }

    /** スポットのまとめと次の提案 (Spot wrap-up and next-step proposal). */
    @Bean
    TaskListener recordSpotWrapUp(EngagementService engagements) {
        return task -> {
            FormValues form = FormValues.of(task);
            boolean continues = "CONTRACT".equals(form.text("spotOutcome"));
            Plan proposedPlan = form.optionalChoice("proposedPlan", Plan.class).orElse(null);
            engagements.recordSpotWrapUp(form.caseNumber(), new SpotWrapUp(
                    form.text("summary"), form.text("nextStep"), continues, proposedPlan), form.actor());
            form.discard("summary", "nextStep", "proposedPlan", "anotherSession");
            if (continues) {
                form.set("plan", proposedPlan.name());
            }
        };
    }

    /** 終了報告 (Closing report). */
    @Bean
    TaskListener recordClosingReport(EngagementService engagements) {
        return task -> {
            FormValues form = FormValues.of(task);
            engagements.recordClosingReport(form.caseNumber(), new ClosingReport(
                    form.text("summary"), form.text("clientState"), form.text("nextSteps")), form.actor());
            form.discard("summary", "clientState", "nextSteps");
        };
    }
}
