package com.safereply.core.model;

/** Where the practice operates: decides spelling and which emergency and crisis numbers are right. */
public enum Jurisdiction {
    US,
    UK
}
