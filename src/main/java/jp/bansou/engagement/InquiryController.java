package jp.bansou.engagement;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public door: anyone may send an inquiry, no login needed. */
@RestController
@RequestMapping("/api/inquiries")
class InquiryController {

    private final EngagementService engagements;

    InquiryController(EngagementService engagements) {
        this.engagements = engagements;
    }

    @PostMapping
    ResponseEntity<InquiryReceived> receive(@Valid @RequestBody Inquiry inquiry) {
        String caseNumber = engagements.receiveInquiry(inquiry);
        return ResponseEntity.created(URI.create("/api/engagements/" + caseNumber))
                .body(new InquiryReceived(caseNumber));
    }

    record InquiryReceived(String caseNumber) {
    }
}
