package jp.bansou.security;

import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.NotFoundException;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may work on a case through the service's API: the case's consultant and the managers. Others get 403
 * (an unknown case is a 404, reported by {@link CaseConsultants#consultantOf}).
 */
@Component
public class CaseAccess {

    private final CaseConsultants consultants;
    private final IdentityService identity;

    CaseAccess(CaseConsultants consultants, IdentityService identity) {
        this.consultants = consultants;
        this.identity = identity;
    }

    /** The current user's id, once they may work on the case. */
    public String requireWorkOn(String caseNumber) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String consultant = consultants.consultantOf(caseNumber);
        if (user == null || !user.isAuthenticated()) {
            throw new AccessDeniedException("Log in to work on " + caseNumber);
        }
        if (!isManager(user) && !user.getName().equals(consultant)) {
            throw new AccessDeniedException(user.getName() + " is not the consultant of " + caseNumber);
        }
        return user.getName();
    }

    /**
     * For a case's process started from Tasklist (a start form), where the engine knows the user but Spring
     * Security does not: refused as invalid input unless the user is the case's consultant or a manager.
     */
    public void requireEngineUserWorksOn(String caseNumber, String userId) {
        if (userId == null) {
            throw new InvalidInputException("initiator", "log in to work on a case");
        }
        String consultant;
        try {
            consultant = consultants.consultantOf(caseNumber);
        } catch (NotFoundException e) {
            throw new InvalidInputException("caseNumber", "there is no case " + caseNumber);
        }
        if (!Groups.isManager(identity, userId) && !userId.equals(consultant)) {
            throw new InvalidInputException("caseNumber", userId + " is not the consultant of " + caseNumber);
        }
    }

    /** The current user's id, if they are a manager. */
    public String requireManager() {
        if (!isManager()) {
            throw new AccessDeniedException("Only managers may do this");
        }
        return currentUser();
    }

    public boolean isManager() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.isAuthenticated() && isManager(user);
    }

    public String currentUser() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            throw new AccessDeniedException("Log in first");
        }
        return user.getName();
    }

    public static boolean isManager(Authentication user) {
        return user.getAuthorities().stream().anyMatch(authority ->
                authority.getAuthority().equals(Groups.authority(Groups.MANAGERS))
                        || authority.getAuthority().equals(Groups.authority(Groups.ADMINS)));
    }
}
