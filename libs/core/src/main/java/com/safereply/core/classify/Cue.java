package com.safereply.core.classify;

/** What a lexicon entry is evidence of. Each kind feeds one score or flag of the classifier. */
enum Cue {
    /** Service failure, negative experience, warning others ("rude", "waited two hours", "never again"). */
    COMPLAINT,
    /** Praise and thanks ("amazing", "highly recommend"). */
    PRAISE,
    /** Suggestions for improvement ("would be nice if", "suggestion"). */
    SUGGESTION,
    /** A health term: symptom, condition, medication, procedure, test, body part, pregnancy, mental health. */
    CLINICAL,
    /** Care received or sought ("diagnosed", "prescribed", "my GP"): health information, weak clinical evidence. */
    CARE,
    /** Asking for information or advice ("should i", "is it normal", "any advice"). */
    QUESTION,
    /** The writer describes their own or a relative's health ("i have", "i've been", "my son has"). */
    FIRST_PERSON_HEALTH,
    /** Booking, hours, insurance accepted, records, billing administration, registration: the topic words. */
    ADMIN,
    /** An administrative request in itself ("find a specialist", "do you accept", "where can i get"). */
    ADMIN_REQUEST,
    /** The comment talks about a provider or the service ("the doctor", "staff"): a review, not a health question. */
    REVIEW_CONTEXT,
    /** Promotion, links, follow-for-follow, money making. */
    SPAM,
    /** Insults and slurs. Aimed at someone when a second-person word is near. */
    INSULT,
    /** Threats of violence or harassment. */
    THREAT,
    /** "you", "you're", "ur", "tu", "usted": makes an insult targeted. */
    SECOND_PERSON,
    /** "not", "never", "didn't", "no": flips a following praise term into a complaint. */
    NEGATOR,
    /** "but", "however", "pero": in a review the clause after it usually carries the verdict. */
    CONTRAST,
    /** Another person the writer talks about ("my son", "my husband", "mi hija"). */
    THIRD_PARTY,
    /** Positive emoji. */
    POSITIVE_EMOJI,
    /** Negative emoji. */
    NEGATIVE_EMOJI,
    /** Consumes a phrase without scoring it, e.g. durations ("3 hours") so "hours" is not read as opening hours. */
    NEUTRAL
}
