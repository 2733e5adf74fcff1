package jp.bansou.platform;

/**
 * A form field's {@code validate.max} that is a configuration value: a feature declares one as a bean and the
 * deployment writes the configured figure into the form (see {@link FormLimits}), so the browser shows it and the
 * server-side form validation checks it. The form file keeps the default as a readable example.
 *
 * @param form  the form's file name under {@code forms/}, e.g. {@code enablement-scheduled-meeting.form}
 * @param field the field's key
 * @param max   the largest value the field takes
 */
public record FormLimit(String form, String field, long max) {
}
