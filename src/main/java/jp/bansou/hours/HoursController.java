package jp.bansou.hours;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import jp.bansou.platform.BusinessTime;
import jp.bansou.security.CaseAccess;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Time entries and the month's hours of a case, for its consultant and the managers. */
@RestController
@RequestMapping("/api/engagements/{caseNumber}")
class HoursController {

    private final HourLedger ledger;
    private final CaseAccess access;
    private final Clock clock;

    HoursController(HourLedger ledger, CaseAccess access, Clock clock) {
        this.ledger = ledger;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping("/time-entries")
    ResponseEntity<TimeEntry> record(@PathVariable String caseNumber, @RequestBody TimeEntryRequest request) {
        String user = access.requireWorkOn(caseNumber);
        String consultant = request.consultant() == null || request.consultant().isBlank() ? user : request.consultant();
        if (!consultant.equals(user) && !access.isManager()) {
            throw new AccessDeniedException(user + " may record only their own time");
        }
        TimeEntry entry = ledger.record(new NewTimeEntry(caseNumber, consultant, request.workDate(), request.minutes(),
                request.category(), Boolean.TRUE.equals(request.scheduledMeeting()), request.note(), user));
        return created(caseNumber, entry);
    }

    @PostMapping("/time-entries/{id}/reversal")
    ResponseEntity<TimeEntry> reverse(@PathVariable String caseNumber, @PathVariable long id,
            @RequestBody(required = false) ReversalRequest request) {
        String user = access.requireWorkOn(caseNumber);
        return created(caseNumber, ledger.reverse(caseNumber, id, request == null ? null : request.note(), user));
    }

    @GetMapping("/time-entries/{id}")
    TimeEntry entry(@PathVariable String caseNumber, @PathVariable long id) {
        access.requireWorkOn(caseNumber);
        return ledger.get(caseNumber, id);
    }

    /** The month's hours and a page of its entries, newest first; this month (Tokyo) without {@code month}. */
    @GetMapping("/hours")
    MonthlyBalance hours(@PathVariable String caseNumber, @RequestParam(required = false) YearMonth month,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + HourLedger.DEFAULT_PAGE_SIZE) int size) {
        access.requireWorkOn(caseNumber);
        return ledger.balance(caseNumber, month != null ? month : YearMonth.now(clock.withZone(BusinessTime.ZONE)),
                page, size);
    }

    private static ResponseEntity<TimeEntry> created(String caseNumber, TimeEntry entry) {
        return ResponseEntity.created(URI.create("/api/engagements/" + caseNumber + "/time-entries/" + entry.id()))
                .body(entry);
    }

    /** {@code consultant} defaults to the caller; only a manager records time for someone else. */
    record TimeEntryRequest(LocalDate workDate, Integer minutes, TimeEntryCategory category, Boolean scheduledMeeting,
            String note, String consultant) {
    }

    record ReversalRequest(String note) {
    }
}
