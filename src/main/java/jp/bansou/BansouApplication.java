package jp.bansou;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The service; its modules and their one-way dependencies: README, section Modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
// platform and web are infrastructure every module relies on: a test of one module bootstraps them too
@Modulithic(systemName = "bansou", sharedModules = {"platform", "web"})
public class BansouApplication {

    public static void main(String[] args) {
        SpringApplication.run(BansouApplication.class, args);
    }
}
