package jp.bansou.board;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The board's read endpoints: HTTP Basic like the rest of {@code /api}, and also the Cockpit login of the user
 * ({@link CockpitSessionAuthentication}), so that the Cockpit plugin can call them from the page. Who may see what
 * is decided by the controller (managers; a case's consultant for its timeline).
 */
@Configuration(proxyBeanMethods = false)
class BoardSecurity {

    /** Before the general {@code /api} chain (order 3). */
    @Bean
    @Order(2)
    SecurityFilterChain boardReadSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http
                .securityMatcher(new OrRequestMatcher(
                        paths.matcher(HttpMethod.GET, "/api/board"),
                        paths.matcher(HttpMethod.GET, "/api/board/**"),
                        paths.matcher(HttpMethod.GET, "/api/engagements/{caseNumber}/timeline")))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new CockpitSessionAuthentication(), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    // A page's script gets a plain 401: a Basic challenge would open the browser's login prompt,
                    // and the script's request would wait on it for good.
                    if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"bansou\"");
                    }
                    problem(response, json, HttpStatus.UNAUTHORIZED,
                            "Log in with HTTP Basic (a Camunda user) or to Cockpit");
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        problem(response, json, HttpStatus.FORBIDDEN, "Not allowed for this user")))
                // The Cockpit session is only read here: Spring Security's session-fixation protection would give it
                // a new id at each request, so that the page's other requests (Cockpit's own and the plugin's
                // concurrent ones) arrive with a stale id, lose the login and get 401.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .csrf(csrf -> csrf.disable()) // read-only GETs
                .build();
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }
}
