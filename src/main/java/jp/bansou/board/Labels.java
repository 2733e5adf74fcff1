package jp.bansou.board;

import java.util.function.Function;

import jp.bansou.plan.Plan;

import org.jspecify.annotations.Nullable;

/** Stored codes as the managers read them: in the words of the service's enums (Japanese with an English gloss). */
final class Labels {

    private Labels() {
    }

    /** The label of a code; null for none. A code the enum does not know is a broken row: it fails. */
    static <E> @Nullable String of(@Nullable String code, Function<String, E> constant, Function<E, String> label) {
        return code == null ? null : label.apply(constant.apply(code));
    }

    static @Nullable String plan(@Nullable String code) {
        return of(code, Plan::valueOf, Plan::label);
    }
}
