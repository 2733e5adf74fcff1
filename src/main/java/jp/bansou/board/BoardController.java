package jp.bansou.board;

import jp.bansou.security.CaseAccess;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The managers' board and a case's timeline; read-only. */
@RestController
class BoardController {

    private final CaseBoard board;
    private final CaseTrends trends;
    private final CaseTimeline timeline;
    private final CaseAccess access;

    BoardController(CaseBoard board, CaseTrends trends, CaseTimeline timeline, CaseAccess access) {
        this.board = board;
        this.trends = trends;
        this.timeline = timeline;
        this.access = access;
    }

    /** Managers: every open case, optionally one consultant's or only those that need attention. */
    @GetMapping("/api/board")
    Board board(@RequestParam(required = false) String consultant,
            @RequestParam(defaultValue = "false") boolean needsAttention) {
        access.requireManager();
        return board.board(consultant == null || consultant.isBlank() ? null : consultant.strip(), needsAttention);
    }

    /** Managers: a case's monthly hours, this month's burn-down and its self-propulsion trend. */
    @GetMapping("/api/board/cases/{caseNumber}")
    CaseTrend trend(@PathVariable String caseNumber) {
        access.requireManager();
        return trends.trend(caseNumber);
    }

    /** The case's consultant and managers: the case's trail from inquiry to close, a page at a time. */
    @GetMapping("/api/engagements/{caseNumber}/timeline")
    TimelinePage timeline(@PathVariable String caseNumber, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        access.requireWorkOn(caseNumber);
        return timeline.page(caseNumber, page, size);
    }
}
