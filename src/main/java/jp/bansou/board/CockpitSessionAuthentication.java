package jp.bansou.board;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import jp.bansou.security.Groups;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the board's Cockpit plugin call the board's read endpoints with the user's Cockpit login: the user and
 * groups the Camunda webapps keep in the HTTP session become the request's authentication, as HTTP Basic would.
 * Only for safe (GET) requests of the board chain; the session is read, never created.
 */
class CockpitSessionAuthentication extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getHeader("Authorization") == null
                && SecurityContextHolder.getContext().getAuthentication() == null) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null
                    && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
                List<SimpleGrantedAuthority> authorities = user.getGroupIds() == null ? List.of()
                        : user.getGroupIds().stream()
                                .map(group -> new SimpleGrantedAuthority(Groups.authority(group)))
                                .toList();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, authorities));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
