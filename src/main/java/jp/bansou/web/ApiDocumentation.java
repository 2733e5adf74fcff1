package jp.bansou.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api} (Swagger UI at {@code /swagger-ui.html}). Every operation documents
 * the errors every endpoint can give, as problem details; an endpoint adds its own with {@code @ApiResponse}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String PROBLEM = "ProblemDetail";

    @Bean
    OpenAPI bansouApi() {
        return new OpenAPI()
                .info(new Info().title("bansou API").version("1")
                        .description("Cases of the enablement-support business (伴走支援): inquiries, contracts, notices, "
                                + "hours, consultations and the enablement flow. HTTP Basic with a Camunda user; "
                                + "errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSchemas(PROBLEM, new Schema<>().type("object")
                                .addProperty("type", new Schema<>().type("string"))
                                .addProperty("title", new Schema<>().type("string"))
                                .addProperty("status", new Schema<>().type("integer"))
                                .addProperty("detail", new Schema<>().type("string"))
                                .addProperty("instance", new Schema<>().type("string"))
                                .addProperty("errors", new Schema<>().type("array").items(new Schema<>().type("object")
                                        .addProperty("field", new Schema<>().type("string"))
                                        .addProperty("message", new Schema<>().type("string"))))))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    GlobalOperationCustomizer standardErrors() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses();
            boolean takesInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            boolean publicInquiry = handler.getBeanType().getSimpleName().equals("InquiryController");
            if (takesInput) {
                add(responses, "400", "Invalid input: the fields at fault are listed in errors[]");
            }
            if (publicInquiry) {
                operation.setSecurity(List.of());
                add(responses, "413", "Body too large");
                add(responses, "429", "Too many inquiries from this client; see Retry-After");
            } else {
                add(responses, "401", "Not logged in (HTTP Basic with a Camunda user)");
                add(responses, "403", "Not allowed for this user (e.g. not the case's consultant)");
            }
            if (operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> "path".equals(parameter.getIn()))) {
                add(responses, "404", "No such case (or record)");
            }
            add(responses, "500", "Unexpected error (no details are disclosed)");
            return operation;
        };
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }
}
