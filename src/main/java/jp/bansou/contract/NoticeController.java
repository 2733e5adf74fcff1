package jp.bansou.contract;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
        return ResponseEntity.created(location(caseNumber, notice)).body(notice);
    }

    /** Managers withdraw a pending notice, with a reason. */
    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw a pending notice (managers)")
    @ApiResponse(responseCode = "201", description = "Withdrawn: it never takes effect")
    @ApiResponse(responseCode = "409", description = "The notice is no longer pending (applied, superseded or withdrawn)")
    ResponseEntity<Notice> withdraw(@PathVariable String caseNumber, @PathVariable long id,
            @Valid @RequestBody Withdrawal withdrawal) {
        String manager = access.requireManager();
        Notice notice = contracts.withdrawNotice(caseNumber, id, withdrawal.reason().strip(), manager);
        return ResponseEntity.created(URI.create(location(caseNumber, notice) + "/withdrawal")).body(notice);
    }

    private static URI location(String caseNumber, Notice notice) {
        return URI.create("/api/engagements/" + caseNumber + "/notices/" + notice.id());
    }

    record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
    }
}
