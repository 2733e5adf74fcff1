package jp.bansou.engagement;

import org.jspecify.annotations.Nullable;

/** A case got a consultant, or a new one: rights and open work move with it. */
public record ConsultantAssigned(String caseNumber, @Nullable String previousConsultant, String consultant) {
}
