package com.safereply.app.memory;

import com.safereply.app.draft.Delivery;

import java.time.Clock;
import java.time.Instant;

/** Delivery records in memory: a record past its expiry counts as absent, as the table's TTL condition says. */
final class Deliveries {

    private Deliveries() {
    }

    static boolean seen(InMemoryTable table, Delivery delivery, Clock clock) {
        Instant expires = table.deliveries.get(key(delivery));
        return expires != null && !expires.isBefore(clock.instant());
    }

    static void record(InMemoryTable table, Delivery delivery) {
        table.deliveries.put(key(delivery), delivery.expiresAt());
    }

    private static String key(Delivery delivery) {
        return delivery.practiceId() + "|" + delivery.deliveryKey();
    }
}
