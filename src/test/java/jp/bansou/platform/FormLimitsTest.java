package jp.bansou.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class FormLimitsTest {

    static final String FORM = """
            {"components": [
              {"type": "group", "components": [
                {"type": "number", "key": "minutes", "validate": {"min": 1, "max": 480}}]},
              {"type": "number", "key": "hours"}]}""";

    @Test
    void theConfiguredFigureReplacesTheFormsOwnAlsoInsideAGroup() {
        String written = apply(new FormLimit("f.form", "minutes", 600), new FormLimit("f.form", "hours", 32));

        assertThat(written).contains("\"max\" : 600").contains("\"min\" : 1").doesNotContain("480");
        assertThat(FormSchema.parse(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)))
                .fields()).extracting(FormSchema.Field::max).containsExactly(600.0, 32.0);
    }

    @Test
    void aFigureThatAlreadyMatchesLeavesTheFormUntouched() {
        assertThat(apply(new FormLimit("f.form", "minutes", 480))).isEqualTo(FORM);
    }

    @Test
    void aLimitForAFieldTheFormDoesNotHaveStopsTheStartUp() {
        assertThatThrownBy(() -> apply(new FormLimit("f.form", "minutesSpent", 600)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("minutesSpent");
    }

    static String apply(FormLimit... limits) {
        return new String(FormLimits.apply("f.form", FORM.getBytes(StandardCharsets.UTF_8), List.of(limits)),
                StandardCharsets.UTF_8);
    }
}
