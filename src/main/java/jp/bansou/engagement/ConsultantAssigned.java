package jp.bansou.engagement;

/** A case got a consultant, or a new one: rights and open work move with it. */
public record ConsultantAssigned(String caseNumber, String previousConsultant, String consultant) {
}
