package jp.bansou.platform;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.CustomConversions.StoreConversions;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.DialectResolver;
import org.springframework.data.jdbc.core.dialect.JdbcH2Dialect;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.core.mapping.JdbcSimpleTypes;
import org.springframework.data.mapping.model.SimpleTypeHolder;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * Spring Data JDBC on the service's DataSource and transaction manager (the ones the engine uses, so a task
 * completion's records and the engine's state commit or roll back together). The dialect is detected from the
 * DataSource (H2 or PostgreSQL). Identifiers are not quoted: the Flyway migrations create unquoted names, which H2
 * keeps in upper case and PostgreSQL in lower case, and a quoted {@code @Table("stage_gate")} would match neither
 * on H2. Only the service's own {@code @Table} records are entities, never the engine's
 * tables.
 */
@Configuration(proxyBeanMethods = false)
class DataJdbcConfiguration {

    /**
     * Aggregates with one collection load with their children in one select (Single Query Loading), so a list of
     * them costs one query, not one per aggregate. Spring Data leaves it off for H2, which runs the window
     * functions it needs; the tests on both databases prove it.
     */
    @Bean
    static BeanPostProcessor unquotedSingleQueryLoading() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcMappingContext context) {
                    context.setForceQuote(false);
                    context.setSingleQueryLoadingEnabled(true);
                }
                return bean;
            }
        };
    }

    @Bean
    Dialect jdbcDialect(NamedParameterJdbcOperations operations) {
        Dialect detected = DialectResolver.getDialect(operations.getJdbcOperations());
        return detected instanceof JdbcH2Dialect ? new H2WithSingleQueryLoading() : detected;
    }

    @Bean
    JdbcCustomConversions jdbcCustomConversions(Dialect dialect) {
        SimpleTypeHolder simpleTypes = dialect.simpleTypes().isEmpty() ? JdbcSimpleTypes.HOLDER
                : new SimpleTypeHolder(dialect.simpleTypes(), JdbcSimpleTypes.HOLDER);
        List<Object> storeConverters = new ArrayList<>(dialect.getConverters());
        storeConverters.addAll(JdbcCustomConversions.storeConverters());
        return new JdbcCustomConversions(StoreConversions.of(simpleTypes, storeConverters),
                List.of(YearMonthToDate.INSTANCE, DateToYearMonth.INSTANCE, OffsetDateTimeToInstant.INSTANCE));
    }

    static final class H2WithSingleQueryLoading extends JdbcH2Dialect {
        @Override
        public boolean supportsSingleQueryLoading() {
            return true;
        }
    }

    /** A month is kept as the DATE of its first day. */
    @WritingConverter
    enum YearMonthToDate implements Converter<YearMonth, LocalDate> {
        INSTANCE;

        @Override
        public LocalDate convert(YearMonth month) {
            return month.atDay(1);
        }
    }

    @ReadingConverter
    enum DateToYearMonth implements Converter<Date, YearMonth> {
        INSTANCE;

        @Override
        public YearMonth convert(Date date) {
            return YearMonth.from(date.toLocalDate());
        }
    }

    /** H2 reads TIMESTAMP WITH TIME ZONE as OffsetDateTime (PostgreSQL as Timestamp, which Spring Data converts). */
    @ReadingConverter
    enum OffsetDateTimeToInstant implements Converter<OffsetDateTime, Instant> {
        INSTANCE;

        @Override
        public Instant convert(OffsetDateTime value) {
            return value.toInstant();
        }
    }
}
