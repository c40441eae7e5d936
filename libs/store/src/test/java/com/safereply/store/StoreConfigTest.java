package com.safereply.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The functions' config properties and the plain handlers' environment read the same settings the same way. */
class StoreConfigTest {

    @Test
    void configPropertiesReadLikeTheEnvironment() {
        StoreConfig fromProperties = StoreConfig.of(Optional.of("safereply"), Optional.of("eu-west-2"),
                Optional.of("http://localhost:8000"));
        StoreConfig fromEnvironment = StoreConfig.fromEnvironment(Map.of("TABLE_NAME", "safereply",
                "AWS_REGION", "eu-west-2", "DYNAMODB_ENDPOINT", "http://localhost:8000"));

        assertEquals(fromEnvironment, fromProperties);
        assertEquals(Optional.of(URI.create("http://localhost:8000")), fromProperties.endpoint());
    }

    @Test
    void aBlankEndpointMeansTheRegionalOneAndAMissingRegionTheDefault() {
        StoreConfig config = StoreConfig.of(Optional.of("safereply"), Optional.empty(), Optional.of(" "));

        assertEquals(Optional.empty(), config.endpoint());
        assertEquals(StoreConfig.DEFAULT_REGION, config.region());
        assertEquals(StoreConfig.DEFAULT_API_CALL_TIMEOUT, config.apiCallTimeout());
    }

    @Test
    void aMissingTableIsNamedAtStartUp() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StoreConfig.of(Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals("TABLE_NAME is not set", e.getMessage());
    }
}
