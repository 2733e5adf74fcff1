package jp.bansou.contract;

import java.net.URI;

import jakarta.validation.Valid;

import jp.bansou.security.CaseAccess;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/engagements/{caseNumber}/notices")
class NoticeController {

    private final ContractService contracts;
    private final CaseAccess access;

    NoticeController(ContractService contracts, CaseAccess access) {
        this.contracts = contracts;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Notice> give(@PathVariable String caseNumber, @Valid @RequestBody NoticeRequest request) {
        Notice notice = contracts.giveNotice(caseNumber, request, access.requireWorkOn(caseNumber));
        return ResponseEntity.created(URI.create("/api/engagements/" + caseNumber + "/notices/" + notice.id()))
                .body(notice);
    }
}
