package com.safereply.core.model;

/** A span of a text as written: offsets {@code [start, end)}. */
public record TextSpan(int start, int end) {
}
