package jp.bansou.operations;

import jp.bansou.security.Groups;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Health for anyone (status only, for load balancers); details, info, metrics and Prometheus for managers and
 * administrators; the API description and Swagger UI for the API's users (consultants, managers, admins).
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint().excluding(HealthEndpoint.class))
                .authorizeHttpRequests(requests -> requests
                        .anyRequest().hasAnyAuthority(Groups.authority(Groups.MANAGERS), Groups.authority(Groups.ADMINS)))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentationSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyAuthority(
                        Groups.authority(Groups.CONSULTANTS), Groups.authority(Groups.MANAGERS),
                        Groups.authority(Groups.ADMINS)))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
