package jp.bansou.engagement;

record ClosingReport(String summary, String clientState, String nextSteps) {
}
