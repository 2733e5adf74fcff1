package jp.bansou.channel;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import jp.bansou.platform.BusinessTime;
import jp.bansou.security.CaseAccess;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The contacts of a case, for its consultant and the managers (403 for others, 404 for an unknown case). */
@RestController
class ContactController {

    private final ContactDirectory contacts;
    private final CaseAccess access;

    ContactController(ContactDirectory contacts, CaseAccess access) {
        this.contacts = contacts;
        this.access = access;
    }

    /** {@code {"kind": "EMAIL" | "DOMAIN" | "SLACK_CHANNEL" | "CHATWORK_ROOM", "value": "…"}}; 409 if on a case. */
    @PostMapping("/api/engagements/{caseNumber}/contacts")
    ResponseEntity<ContactView> add(@PathVariable String caseNumber, @RequestBody NewContact contact) {
        String user = access.requireWorkOn(caseNumber);
        Contact added = contacts.add(caseNumber, contact.kind(), contact.value(), user);
        return ResponseEntity.created(URI.create("/api/engagements/" + caseNumber + "/contacts"))
                .body(ContactView.of(added));
    }

    @GetMapping("/api/engagements/{caseNumber}/contacts")
    List<ContactView> list(@PathVariable String caseNumber) {
        access.requireWorkOn(caseNumber);
        return contacts.contacts(caseNumber).stream().map(ContactView::of).toList();
    }

    record NewContact(String kind, String value) {
    }

    record ContactView(String caseNumber, ContactKind kind, String value, String source, String addedBy,
            OffsetDateTime addedAt) {

        static ContactView of(Contact c) {
            return new ContactView(c.caseNumber(), c.kind(), c.value(), c.source(), c.addedBy(),
                    c.addedAt() == null ? null : c.addedAt().atZone(BusinessTime.ZONE).toOffsetDateTime());
        }
    }
}
