package jp.bansou.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** Binds configuration records from the real application.yaml, so that unit tests run on the shipped defaults. */
final class ApplicationYaml {

    private ApplicationYaml() {
    }

    static <T> T bind(String prefix, Class<T> type) {
        try {
            var sources = new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"));
            var binder = new Binder(ConfigurationPropertySources.from(sources), null,
                    ApplicationConversionService.getSharedInstance());
            return binder.bindOrCreate(prefix, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
