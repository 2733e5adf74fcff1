package jp.bansou.hours;

import java.time.YearMonth;

import jp.bansou.security.CaseAccess;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly close's snapshots, for the managers. */
@RestController
@RequestMapping("/api/reports")
class MonthlyReportController {

    private final MonthlyClose close;

    MonthlyReportController(MonthlyClose close) {
        this.close = close;
    }

    @GetMapping("/monthly")
    MonthlyReport monthly(@RequestParam YearMonth month) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !CaseAccess.isManager(user)) {
            throw new AccessDeniedException("The monthly report is for managers");
        }
        return close.report(month);
    }
}
