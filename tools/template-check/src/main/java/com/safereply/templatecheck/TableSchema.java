package com.safereply.templatecheck;

import java.util.Map;

/** What the code must agree with about the table: key names, index names and keys, TTL attribute, stream view. */
public record TableSchema(String logicalId, String hashKey, String rangeKey, Map<String, IndexKeys> indexes,
                          String ttlAttribute, String streamViewType) {

    public record IndexKeys(String hashKey, String rangeKey, String projection) {
    }
}
