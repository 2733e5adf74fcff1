package jp.bansou.web;

import java.time.YearMonth;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Values of the wrong type are refused rather than coerced into something that loses data (1.5 minutes stored
 * as 1, a number taken as a name, a date-time cut to a date). The scalar rules are Jackson features in
 * application.yaml ({@code spring.jackson.*}); Jackson has no feature for "a number is not a text", so that is
 * a coercion rule here. Only the service's own ObjectMapper is affected: the engine REST API and the webapps
 * use their own.
 */
@Configuration(proxyBeanMethods = false)
class StrictInput implements WebMvcConfigurer {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer noScalarToTextCoercion() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** {@code month=YYYY-MM} for every endpoint that takes one; YearMonth.parse alone also takes -2026-12. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new MonthParameter());
    }

    static final class MonthParameter implements Converter<String, YearMonth> {

        static final String EXPECTED = "YYYY-MM such as 2026-12";
        private static final Pattern YYYY_MM = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

        @Override
        public YearMonth convert(String month) {
            String value = month.strip();
            if (!YYYY_MM.matcher(value).matches()) {
                throw new IllegalArgumentException("expected " + EXPECTED);
            }
            return YearMonth.parse(value);
        }
    }
}
