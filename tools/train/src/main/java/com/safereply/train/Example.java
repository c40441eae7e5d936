package com.safereply.train;

import com.safereply.core.model.Category;

/** One labelled comment of the corpus, with the voice (writer) it came from: the unit of held-out splits. */
public record Example(String voice, int line, String text, Category label, boolean emergency, boolean crisis,
                      boolean containsPhi, boolean thirdParty, String language, String platform, String locale) {
}
