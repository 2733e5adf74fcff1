package jp.bansou.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

import jp.bansou.engagement.EngagementService;
import jp.bansou.hours.ReplySla;
import jp.bansou.platform.BusinessTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How a case kept its reply SLA in a month: for the SLA endpoint and the monthly close's snapshot. */
@Service
@Transactional(readOnly = true)
class ReplySlaReport implements ReplySla.Source {

    private final ConsultationRepository consultations;
    private final EngagementService engagements;
    private final Clock clock;

    ReplySlaReport(ConsultationRepository consultations, EngagementService engagements, Clock clock) {
        this.consultations = consultations;
        this.engagements = engagements;
        this.clock = clock;
    }

    /** The consultations received in {@code month} (Asia/Tokyo), as of now. Unknown case: NotFoundException. */
    public SlaFigures figures(String caseNumber, YearMonth month) {
        engagements.get(caseNumber);
        Instant from = month.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        return SlaFigures.of(caseNumber, month, consultations.findReceived(caseNumber, from, to), clock.instant());
    }

    /** For the monthly close, taken when the month has ended. */
    @Override
    public ReplySla of(String caseNumber, YearMonth month) {
        SlaFigures figures = figures(caseNumber, month);
        return new ReplySla(figures.consultations(), figures.repliedInTime(), figures.breached(), figures.open(),
                figures.medianDelayMinutes(), figures.worstDelayMinutes());
    }
}
