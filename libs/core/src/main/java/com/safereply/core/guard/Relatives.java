package com.safereply.core.guard;

/** The relatives a reply can name, as regex alternations over folded text (lower case, no accents). */
final class Relatives {

    /** "your mum", "your son", "your friend" ... */
    static final String ENGLISH = "(?:mother|mum|mom|father|dad|sister|brother|son|daughter|wife|husband|partner"
            + "|grandma|grandmother|grandpa|grandfather|grandad|granddad|cousin|friend|uncle|aunt|nan|gran|nephew|niece"
            + "|boyfriend|girlfriend|child|kid|baby)";
    /** "su hija", "su mamá", "su suegra" ... */
    static final String SPANISH = "(?:hij[oa]|mama|papa|madre|padre|espos[oa]|herman[oa]|abuel[oa]|prim[oa]|pareja"
            + "|novi[oa]|ti[oa]|suegr[oa]|sobrin[oa]|bebe|nin[oa])";

    /** Either language's. */
    static final String ANY = "(?:" + ENGLISH + "|" + SPANISH + ")";

    private Relatives() {
    }
}
