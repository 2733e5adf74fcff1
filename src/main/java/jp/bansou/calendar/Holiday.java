package jp.bansou.calendar;

import java.time.LocalDate;

record Holiday(LocalDate date, HolidayName name) {
}
