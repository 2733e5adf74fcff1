package jp.bansou.board;

import static org.assertj.core.api.Assertions.assertThat;

import jp.bansou.BansouTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The Cockpit plugin and Chart.js are served from the classpath, to the Cockpit page, without a login. */
@BansouTest
class BoardPluginResourcesTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void cockpitLoadsThePluginWhichLoadsChartJsFromTheWebJar() {
        ResponseEntity<String> config = rest.getForEntity("/camunda/app/cockpit/scripts/config.js", String.class);
        assertThat(config.getBody()).contains("customScripts: ['scripts/bansou/board.js']");

        ResponseEntity<String> plugin = rest.getForEntity("/camunda/app/cockpit/scripts/bansou/board.js", String.class);
        assertThat(plugin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(plugin.getHeaders().getContentType().toString()).contains("javascript");
        assertThat(plugin.getBody()).contains("pluginPoint: 'cockpit.route'", "pluginPoint: 'cockpit.navigation'",
                "pluginPoint: 'cockpit.dashboard'", "webjars/chart.js/4.4.1/dist/chart.umd.js");

        ResponseEntity<String> chartJs = rest.getForEntity("/webjars/chart.js/4.4.1/dist/chart.umd.js", String.class);
        assertThat(chartJs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(chartJs.getBody()).startsWith("/*!\n * Chart.js v4.4.1");
    }
}
