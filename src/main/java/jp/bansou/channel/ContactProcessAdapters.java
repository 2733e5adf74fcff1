package jp.bansou.channel;

import jp.bansou.platform.FormValues;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.security.CaseAccess;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code case-contact.bpmn}: Tasklist's start form to add a contact, for the case's consultant or a manager. */
@Configuration(proxyBeanMethods = false)
class ContactProcessAdapters {

    /** 連絡先の登録 (Add contact): refused as invalid input (400) when the value is on a case already. */
    @Bean
    JavaDelegate addCaseContact(ContactDirectory contacts, CaseAccess access) {
        return execution -> {
            FormValues form = FormValues.of(execution);
            String caseNumber = form.text(ContactProcess.CASE_NUMBER);
            String user = form.user().orElse(null);
            access.requireEngineUserWorksOn(caseNumber, user);
            try {
                contacts.add(caseNumber, form.text(ContactProcess.KIND), form.text(ContactProcess.VALUE), user);
            } catch (ContactConflictException e) {
                throw new InvalidInputException(ContactProcess.VALUE, e.getMessage());
            }
            execution.setProcessBusinessKey(caseNumber);
            form.discard(ContactProcess.KIND, ContactProcess.VALUE);
        };
    }
}
