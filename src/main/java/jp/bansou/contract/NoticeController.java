package jp.bansou.contract;

import java.net.URI;
import java.security.Principal;

import jakarta.validation.Valid;

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

    NoticeController(ContractService contracts) {
        this.contracts = contracts;
    }

    @PostMapping
    ResponseEntity<Notice> give(@PathVariable String caseNumber, @Valid @RequestBody NoticeRequest request,
            Principal user) {
        Notice notice = contracts.giveNotice(caseNumber, request, user.getName());
        return ResponseEntity.created(URI.create("/api/engagements/" + caseNumber + "/notices/" + notice.id()))
                .body(notice);
    }
}
