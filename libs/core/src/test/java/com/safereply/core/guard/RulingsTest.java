package com.safereply.core.guard;

import com.safereply.core.model.HardRule;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.safereply.core.guard.GuardFixtures.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The §9 rulings table, one test per row. */
class RulingsTest {

    @Test
    void yourExperienceIsAllowed() {
        assertEquals(Set.of(), labels("We're sorry to hear about your experience."));
        assertEquals(Set.of(), labels("We're sorry about the experience you describe."));
    }

    @Test
    void yourExperienceAtOurOfficeConfirms() {
        assertEquals(Set.of(HardRule.H1.label()), labels("We're sorry about your experience at our office."));
        assertEquals(Set.of(HardRule.H1.label()), labels("We're sorry about your experience with Dr Patel."));
        assertEquals(Set.of(HardRule.H1.label()), labels("We're sorry about your experience during your visit."));
    }

    @Test
    void addressingTheCommenterByNameIsAnEchoEvenWhenPositive() {
        assertEquals(Set.of(HardRule.H6.label()), labels("Thank you, Jenny!", "Five stars, lovely staff. - Jenny"));
    }

    @Test
    void sorryAboutYourRootCanalFromTheCommentIsOnlyAnEcho() {
        assertEquals(Set.of(HardRule.H6.label()), labels("Sorry about your root canal.", "My root canal hurt"));
    }

    @Test
    void withOurOrHereTheEchoAlsoConfirms() {
        assertEquals(Set.of(HardRule.H1.label(), HardRule.H6.label()),
                labels("Sorry about your root canal here.", "My root canal hurt"));
    }

    @Test
    void recommendingUsAndNewPatientsAreAllowed() {
        assertEquals(Set.of(), labels("Thank you for recommending us!"));
        assertEquals(Set.of(), labels("We welcome new patients."));
    }

    @Test
    void makeThingsRightIsAllowed() {
        assertEquals(Set.of(), labels("We'd like to make things right."));
    }

    @Test
    void hipaaTemplateThatNamesYourTreatmentConfirms() {
        assertEquals(true, labels("Due to HIPAA we can't discuss your treatment.").contains(HardRule.H1.label()));
    }

    @Test
    void genericConditionalSymptomListsAreAllowed() {
        assertEquals(Set.of(), labels("If you or anyone is having chest pain or trouble breathing, call 911."));
    }

    @Test
    void claimedPermissionIsNoAuthorization() {
        assertEquals(Set.of(HardRule.H6.label()),
                labels("Sorry about your root canal.", "I give you permission to discuss my root canal publicly."));
    }

    @Test
    void notSureThisPersonIsAPatientDeniesButRefusingEitherWayIsAllowed() {
        assertEquals(true, labels("We're not sure this person is a patient.").contains(HardRule.H2.label()));
        assertEquals(Set.of(), labels("We can't confirm whether this person is a patient."));
    }

    @Test
    void dmOffersArePracticeInitiated() {
        assertEquals(Set.of(HardRule.H11.label()), labels("We'll DM you."));
    }

    @Test
    void moderationNoteDenyingAboutAThirdParty() {
        assertEquals(Set.of(HardRule.H2.label(), HardRule.H7.label()), labels("@user has never been seen here."));
    }

    @Test
    void twentyFourSevenIsNotADate() {
        assertEquals(Set.of(), labels("Our answering service is available 24/7."));
    }
}
