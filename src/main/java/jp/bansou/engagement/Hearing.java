package jp.bansou.engagement;

import java.util.List;

/** What the first hearing established (domain.md, "Intake"). */
record Hearing(
        String currentSituation,
        String desiredState,
        String priorityIssues,
        Pace pace,
        TargetScope targetScope,
        Involvement involvement,
        boolean oneOffNeed,
        boolean clearDecisionMaker,
        boolean canExecuteAlone,
        boolean clientOwnsDecisions,
        List<String> requestedWork) {
}
