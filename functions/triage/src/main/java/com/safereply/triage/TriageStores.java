package com.safereply.triage;

import com.safereply.store.DynamoDbStores;

/** The triage function's DynamoDB adapters, built once per container by {@link TriageWiring}. */
public record TriageStores(DynamoDbStores stores) {
}
