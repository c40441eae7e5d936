package com.safereply.core.model;

import java.util.Locale;

/** Languages SafeReply can classify and answer in. */
public enum Language {
    EN,
    ES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language: " + code);
    }
}
