package jp.bansou.engagement;

import java.time.LocalDate;

record SpotSession(LocalDate heldOn, String notes, int minutes) {
}
