package jp.bansou.platform;

import java.time.ZoneId;

/** Business dates are dates in Tokyo; instants are stored in UTC. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private BusinessTime() {
    }
}
