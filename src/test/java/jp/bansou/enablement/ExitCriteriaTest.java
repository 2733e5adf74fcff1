package jp.bansou.enablement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;

import jp.bansou.enablement.EnablementProperties.DecidedMeetings;
import jp.bansou.enablement.EnablementRecords.ActionItem;
import jp.bansou.enablement.EnablementRecords.Blockage;
import jp.bansou.enablement.EnablementRecords.DecisionPoint;
import jp.bansou.enablement.EnablementRecords.InternalPromoter;
import jp.bansou.enablement.EnablementRecords.ReviewCycle;
import jp.bansou.enablement.EnablementRecords.StakeholderHearing;
import jp.bansou.enablement.EnablementRecords.ThemePriority;
import jp.bansou.enablement.Evidence.HeldMeeting;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every exit criterion (domain.md, section 2, "exit signals") with evidence that meets it and evidence that does not. */
class ExitCriteriaTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 10);
    static final EnablementProperties PROPERTIES = new EnablementProperties(LocalTime.of(9, 0), Period.ofMonths(3), 2,
            new DecidedMeetings(2, 3), 480, 3);

    static StakeholderHearing heard(StakeholderRole role) {
        return new StakeholderHearing("佐藤 社長 (CEO)", role, DAY, "会議で決まらない (Meetings decide nothing)");
    }

    static HeldMeeting meeting(int day, boolean decided) {
        return new HeldMeeting(DAY.withDayOfMonth(day), true, decided);
    }

    @Nested
    class Dialogue {

        @Test
        void managementHeardNeedsAHearingWithManagement() {
            ManagementHeard criterion = new ManagementHeard();
            CriterionResult met = criterion.check(Evidences.hearings(heard(StakeholderRole.MANAGEMENT)));
            CriterionResult unmet = criterion.check(Evidences.hearings(heard(StakeholderRole.FIELD)));

            assertThat(met.met()).isTrue();
            assertThat(met.code()).isEqualTo("MANAGEMENT_HEARD");
            assertThat(unmet.met()).isFalse();
            assertThat(unmet.detail()).contains("no hearing with management");
            assertThat(criterion.stage()).isEqualTo(Stage.DIALOGUE);
        }

        @Test
        void fieldHeardNeedsAHearingWithTheField() {
            FieldHeard criterion = new FieldHeard();

            assertThat(criterion.check(Evidences.hearings(heard(StakeholderRole.MANAGEMENT),
                    heard(StakeholderRole.FIELD))).met()).isTrue();
            assertThat(criterion.check(Evidences.hearings(heard(StakeholderRole.MANAGEMENT))).met()).isFalse();
            assertThat(criterion.stage()).isEqualTo(Stage.DIALOGUE);
        }

        @Test
        void blockagesWrittenDownNeedsOne() {
            BlockagesWrittenDown criterion = new BlockagesWrittenDown();

            assertThat(criterion.check(Evidences.blockages(
                    new Blockage(SupportArea.BUSINESS_PROCESS, "承認が社長に集中 (Every approval waits for the CEO)")))
                    .met()).isTrue();
            assertThat(criterion.check(Evidences.none()).met()).isFalse();
            assertThat(criterion.stage()).isEqualTo(Stage.DIALOGUE);
        }
    }

    @Nested
    class Insight {

        @Test
        void decisionPointsNeedTwoOptionsToBeVisible() {
            DecisionPointsWithOptions criterion = new DecisionPointsWithOptions();
            DecisionPoint twoOptions = new DecisionPoint("基幹システムを替えるか (Replace the core system?)", "社長 (CEO)",
                    List.of("替える (Replace)", "改修する (Adapt)"));
            DecisionPoint oneOption = new DecisionPoint("採用 (Hiring)", "社長 (CEO)", List.of("増やす (More)"));

            assertThat(criterion.check(Evidences.decisionPoints(oneOption, twoOptions)).met()).isTrue();
            CriterionResult unmet = criterion.check(Evidences.decisionPoints(oneOption));
            assertThat(unmet.met()).isFalse();
            assertThat(unmet.detail()).contains("two options");
            assertThat(criterion.check(Evidences.none()).met()).isFalse();
        }

        @Test
        void theFirstThemeIsTheOneOfPriorityOne() {
            FirstThemeAgreed criterion = new FirstThemeAgreed();
            ThemePriority first = new ThemePriority("会議の決め方 (How meetings decide)", 1, "佐藤 社長 (CEO)", DAY);
            ThemePriority second = new ThemePriority("評価制度 (Appraisal)", 2, "佐藤 社長 (CEO)", DAY);

            CriterionResult met = criterion.check(Evidences.themes(second, first));
            assertThat(met.met()).isTrue();
            assertThat(met.detail()).contains("会議の決め方");
            CriterionResult unmet = criterion.check(Evidences.themes(second));
            assertThat(unmet.met()).isFalse();
            assertThat(unmet.detail()).contains("no theme of priority 1");
        }
    }

    @Nested
    class BuyIn {

        @Test
        void actionsWithOwnersAndDueDatesAsManyAsConfigured() {
            ActionsWithOwnersAndDueDates criterion = new ActionsWithOwnersAndDueDates(PROPERTIES);
            ActionItem action = new ActionItem("週次会議の議題を事前共有 (Share the agenda beforehand)", "田中 課長", DAY);

            assertThat(criterion.check(Evidences.actions(action, action)).met()).isTrue();
            CriterionResult unmet = criterion.check(Evidences.actions(action));
            assertThat(unmet.met()).isFalse();
            assertThat(unmet.detail()).contains("1 of 2 needed");
        }

        @Test
        void meetingsEndInDecisionsLooksAtTheLatestMeetingsOnly() {
            MeetingsEndInDecisions criterion = new MeetingsEndInDecisions(PROPERTIES);

            assertThat(criterion.check(Evidences.meetingsHeld(meeting(1, false), meeting(3, false),
                    meeting(10, true), meeting(17, true))).met()).isTrue();
            CriterionResult unmet = criterion.check(Evidences.meetingsHeld(meeting(1, true), meeting(3, true),
                    meeting(10, false), meeting(17, false), meeting(24, true)));
            assertThat(unmet.met()).isFalse();
            assertThat(unmet.detail()).contains("1 of the last 3 ended in a decision, 2 needed");
            assertThat(criterion.check(Evidences.none()).met()).isFalse();
        }
    }

    @Nested
    class SelfPropelled {

        @Test
        void aReviewRunWithoutTheConsultant() {
            ReviewRunWithoutConsultant criterion = new ReviewRunWithoutConsultant();
            ReviewCycle withConsultant = new ReviewCycle(DAY, false, "月次レビュー (Monthly review)");
            ReviewCycle alone = new ReviewCycle(DAY.plusDays(30), true, "自分たちで実施 (Run by themselves)");

            assertThat(criterion.check(Evidences.reviews(withConsultant, alone)).met()).isTrue();
            CriterionResult unmet = criterion.check(Evidences.reviews(withConsultant));
            assertThat(unmet.met()).isFalse();
            assertThat(unmet.detail()).contains("every review had the consultant");
        }

        @Test
        void anInternalPromoterNamed() {
            InternalPromoterNamed criterion = new InternalPromoterNamed();

            CriterionResult met = criterion.check(Evidences.promoters(
                    new InternalPromoter("鈴木 花子", "経営企画 (Corporate planning)", DAY)));
            assertThat(met.met()).isTrue();
            assertThat(met.detail()).contains("鈴木 花子");
            assertThat(criterion.check(Evidences.none()).met()).isFalse();
        }
    }
}
