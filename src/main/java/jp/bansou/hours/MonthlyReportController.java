package jp.bansou.hours;

import java.time.YearMonth;

import jp.bansou.security.CaseAccess;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly close's snapshots, for the managers. */
@RestController
@RequestMapping("/api/reports")
class MonthlyReportController {

    private final MonthlyClose close;
    private final CaseAccess access;

    MonthlyReportController(MonthlyClose close, CaseAccess access) {
        this.close = close;
        this.access = access;
    }

    @GetMapping("/monthly")
    MonthlyReport monthly(@RequestParam YearMonth month) {
        access.requireManager();
        return close.report(month);
    }
}
