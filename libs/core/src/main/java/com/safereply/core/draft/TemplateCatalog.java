package com.safereply.core.draft;

import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vetted wordings, per situation, language and jurisdiction. Every text here was written against the safe-reply
 * spec: no "your visit/care/treatment", no practice-initiated contact, no clinical term attributed to anyone, the
 * commenter is sent to the practice's published number, emergency and crisis wordings lead with the right resources
 * for the jurisdiction. {@code ReplyDrafterTest} runs every one of them through the guard for both jurisdictions.
 *
 * <p>Several wordings per situation keep replies from reading as robotic; the drafter picks one deterministically.
 */
final class TemplateCatalog {

    private record Key(ReplyKind kind, Language language, Jurisdiction jurisdiction) {
    }

    private final Map<Key, List<ReplyTemplate>> templates = new HashMap<>();
    private final Map<Language, Map<Jurisdiction, String>> ingestionExtras = new EnumMap<>(Language.class);
    private final Map<Language, Map<Jurisdiction, String>> obstetricExtras = new EnumMap<>(Language.class);

    TemplateCatalog() {
        english();
        spanish();
        holding();
    }

    /** The wordings for a situation; never empty except for spam, which gets no public reply. */
    List<ReplyTemplate> wordings(ReplyKind kind, Language language, Jurisdiction jurisdiction) {
        return templates.getOrDefault(new Key(kind, language, jurisdiction), List.of());
    }

    /** The sentence added to emergency replies when someone may have swallowed something (Poison Control). */
    String ingestionExtra(Language language, Jurisdiction jurisdiction) {
        return ingestionExtras.get(language).get(jurisdiction);
    }

    /** The sentence added to emergency replies for possible labour. */
    String obstetricExtra(Language language, Jurisdiction jurisdiction) {
        return obstetricExtras.get(language).get(jurisdiction);
    }

    private void english() {
        Language en = Language.EN;
        Jurisdiction us = Jurisdiction.US;
        Jurisdiction uk = Jurisdiction.UK;

        add(ReplyKind.EMERGENCY, en, us,
                "If this is a medical emergency, please call 911 or go to the nearest emergency room now.{extras}"
                        + " We can't provide care through social media. For anything non-urgent, please call us at {phone}.",
                "If this may be a medical emergency, call 911 or go to the nearest emergency room right away.{extras}"
                        + " We're not able to provide care over social media. For non-urgent questions, our team can be reached at {phone}.",
                "Please call 911 or go to the nearest emergency room now if this could be a medical emergency.{extras}"
                        + " We can't provide care through social media. For non-urgent matters, please call {phone}.");
        add(ReplyKind.EMERGENCY, en, uk,
                "If this is a medical emergency, please call 999 or go to the nearest A&E now.{extras}"
                        + " We can't provide care through social media. For anything non-urgent, please contact us on {phone}.",
                "If this may be a medical emergency, call 999 or go to your nearest A&E straight away.{extras}"
                        + " We're not able to provide care over social media. For urgent advice that isn't an emergency, NHS 111 is available at any time.",
                "Please call 999 or go to the nearest A&E now if this could be a medical emergency.{extras}"
                        + " We can't provide care through social media. For non-urgent matters, please ring {phone}.");
        ingestionExtras.computeIfAbsent(en, l -> new EnumMap<>(Jurisdiction.class))
                .put(us, " For any possible poisoning or overdose, Poison Control is available at 1-800-222-1222.");
        ingestionExtras.get(en).put(uk, " For any possible poisoning or overdose, call 999 or NHS 111 straight away.");
        obstetricExtras.computeIfAbsent(en, l -> new EnumMap<>(Jurisdiction.class))
                .put(us, " If anyone is in labor, please go to labor and delivery at the nearest hospital now.");
        obstetricExtras.get(en).put(uk, " If anyone is in labour, please call 999 or go to the nearest maternity unit now.");

        add(ReplyKind.CRISIS, en, us,
                "If you are thinking about harming yourself or are in crisis, please call or text 988 (Suicide & Crisis Lifeline) now;"
                        + " it's free, 24/7, and phone support is available in Spanish. If you are in immediate danger, call 911.",
                "If you or someone you know is thinking about suicide or self-harm, please call or text 988 (Suicide & Crisis Lifeline) now;"
                        + " it's free and available 24/7, in English and Spanish. If anyone is in immediate danger, call 911.");
        add(ReplyKind.CRISIS, en, uk,
                "If you're in immediate danger, call 999 or go to A&E. For urgent mental health support call NHS 111 (option 2 in England),"
                        + " or Samaritans free on 116 123, any time.",
                "If you or someone you know is in immediate danger, please call 999 or go to A&E now. For urgent mental health support,"
                        + " call NHS 111 (option 2 in England) or Samaritans, free, on 116 123 at any time of day or night.");
        add(ReplyKind.EMERGENCY_AND_CRISIS, en, us,
                "If you or anyone is in immediate danger, please call 911 or go to the nearest emergency room now."
                        + " If you are thinking about suicide or harming yourself, please call or text 988 (Suicide & Crisis Lifeline);"
                        + " it's free and available 24/7. We can't provide care through social media.");
        templates.put(new Key(ReplyKind.EMERGENCY_AND_CRISIS, en, uk), wordings(ReplyKind.CRISIS, en, uk));

        add(ReplyKind.COMPLAINT, en, us,
                "Thank you for your feedback. Privacy laws don't allow us to discuss any individual's situation online, and we can"
                        + " neither confirm nor deny whether anyone is a patient. We'd like to hear more; please call our practice manager at {phone}.",
                "We're sorry to hear of your concerns, and we take them seriously. To protect everyone's privacy, we can't discuss any"
                        + " individual's situation on social media. Please call us at {phone} so we can listen and look into your concerns.",
                "Thank you for taking the time to share this. We want to hear more, but privacy laws prevent us from discussing any"
                        + " individual's situation here. Please call {phone} and ask for our practice manager.");
        add(ReplyKind.COMPLAINT, en, uk,
                "Thank you for your comments. Because of our duty of confidentiality we can't discuss individual circumstances online."
                        + " Please contact our practice manager on {phone}.",
                "We're sorry to hear of your concerns and we take them seriously. Our duty of confidentiality means we can't discuss"
                        + " anyone's individual circumstances on social media. Please ring {phone} and ask for the practice manager.",
                "Thank you for taking the time to share this. We'd like to understand your concerns, but confidentiality prevents us"
                        + " from discussing individual circumstances here. Please contact us on {phone}.");

        add(ReplyKind.CLINICAL_QUESTION, en, us,
                "Thanks for reaching out. We can't give medical advice on social media or discuss any individual's situation here."
                        + " Please call us at {nursePhone}, and if this is urgent, call 911 or go to the nearest emergency room.",
                "Thank you for your question. Because every situation is different, we can't offer medical advice online or discuss"
                        + " anyone's health here. Please call us at {nursePhone}. If it's urgent, call 911 or go to the nearest emergency room.",
                "We appreciate the question. For privacy reasons we can't discuss any individual's health on social media, and we can't"
                        + " give medical advice here. Please call {nursePhone}; if this is urgent, call 911 or go to the nearest emergency room.");
        add(ReplyKind.CLINICAL_QUESTION, en, uk,
                "Thanks for getting in touch. We can't give medical advice on social media or discuss anyone's individual circumstances"
                        + " here. Please ring us on {nursePhone}; if it's urgent, call NHS 111, or 999 in an emergency.",
                "Thank you for your question. Because everyone's situation is different, we can't offer medical advice online."
                        + " Please contact us on {nursePhone}. If it's urgent, call NHS 111, or 999 in an emergency.");

        add(ReplyKind.THIRD_PARTY_INQUIRY, en, us,
                "We can't discuss anyone's care on social media. Please call {phone} and our staff will explain how we can help.",
                "To protect everyone's privacy, we can't discuss any individual on social media. Please call us at {phone} and our"
                        + " team will explain how we can help.");
        add(ReplyKind.THIRD_PARTY_INQUIRY, en, uk,
                "We can't discuss anyone's care on social media. Please ring {phone} and our staff will explain how we can help.",
                "Because of our duty of confidentiality, we can't discuss any individual on social media. Please contact us on {phone}"
                        + " and our team will explain how we can help.");

        add(ReplyKind.FEEDBACK, en, us,
                "Thank you for taking the time to share your feedback. We'll pass it along to our team!",
                "We appreciate you taking the time to write this. We'll share it with the whole team.",
                "Thank you for sharing your thoughts with us. Feedback like this helps our whole team.");
        add(ReplyKind.FEEDBACK, en, uk,
                "Thank you for taking the time to share your feedback. We'll pass it on to the team!",
                "We appreciate you taking the time to write this. We'll share it with the whole team.",
                "Thank you for sharing your thoughts with us. Feedback like this helps the whole team.");

        add(ReplyKind.APPOINTMENT_ADMIN, en, us,
                "Thanks for reaching out! For appointments, billing or paperwork questions, please call us at {phone}{hours}."
                        + " To protect your privacy, please don't share personal details here.",
                "Thank you for your message. Our front desk team can help with scheduling, billing and other office questions at"
                        + " {phone}{hours}. For privacy, we can't discuss any individual's details online.",
                "We'd be glad to help. Please call {phone}{hours} for scheduling, billing or paperwork questions; for privacy reasons"
                        + " we don't handle personal details on social media.");
        add(ReplyKind.APPOINTMENT_ADMIN, en, uk,
                "Thanks for getting in touch! For appointments, billing or paperwork queries, please ring us on {phone}{hours}."
                        + " To protect your privacy, please don't share personal details here.",
                "Thank you for your message. Our reception team can help with appointments and other practice queries on"
                        + " {phone}{hours}. For confidentiality reasons, we can't discuss anyone's details online.");

        add(ReplyKind.ABUSE, en, us,
                "We want this page to be a respectful space for everyone. If you have a concern you'd like to discuss, please call us at {phone}.",
                "We ask that everyone keep this page respectful. Anyone with a concern is welcome to call us at {phone}.");
        add(ReplyKind.ABUSE, en, uk,
                "We want this page to be a respectful space for everyone. If you have a concern you'd like to discuss, please ring us on {phone}.",
                "We ask that everyone keep this page respectful. Anyone with a concern is welcome to contact us on {phone}.");
    }

    /** Neutral: no thanks, no category assumed, privacy and the emergency route in every wording. */
    private void holding() {
        add(ReplyKind.HOLDING, Language.EN, Jurisdiction.US,
                "We've seen your comment. We can't discuss anyone's health or care on social media, so please call us at"
                        + " {phone}. If this is an emergency, call 911 or go to the nearest emergency room.",
                "Your message has reached our team. For privacy reasons we don't discuss any individual's situation on social"
                        + " media; please call {phone}. If this is urgent, call 911 or go to the nearest emergency room.");
        add(ReplyKind.HOLDING, Language.EN, Jurisdiction.UK,
                "We've seen your comment. We can't discuss anyone's individual circumstances on social media, so please ring us"
                        + " on {phone}. If this is an emergency, call 999 or go to the nearest A&E.",
                "Your message has reached our team. Our duty of confidentiality means we don't discuss individual circumstances"
                        + " online; please contact us on {phone}. If it's urgent, call NHS 111, or 999 in an emergency.");
        add(ReplyKind.HOLDING, Language.ES, Jurisdiction.US,
                "Hemos visto su comentario. No podemos hablar de la salud ni de la situación de ninguna persona en redes sociales;"
                        + " llámenos al {phone}. Si es una emergencia, llame al 911 o acuda a la sala de emergencias más cercana.");
        add(ReplyKind.HOLDING, Language.ES, Jurisdiction.UK,
                "Hemos visto su comentario. No podemos hablar de la situación de ninguna persona en redes sociales;"
                        + " llámenos al {phone}. Si es una emergencia, llame al 999 o acuda a A&E (urgencias) más cercano.");
    }

    private void spanish() {
        Language es = Language.ES;
        Jurisdiction us = Jurisdiction.US;
        Jurisdiction uk = Jurisdiction.UK;

        add(ReplyKind.EMERGENCY, es, us,
                "Si se trata de una emergencia médica, llame al 911 o acuda a la sala de emergencias más cercana ahora mismo.{extras}"
                        + " No podemos brindar atención médica por redes sociales. Para asuntos que no sean urgentes, llámenos al {phone}.",
                "Llame al 911 o acuda a la sala de emergencias más cercana ahora mismo si esto podría ser una emergencia médica.{extras}"
                        + " No podemos brindar atención médica por redes sociales. Para consultas no urgentes, llame al {phone}.");
        add(ReplyKind.EMERGENCY, es, uk,
                "Si se trata de una emergencia médica, llame al 999 o acuda ahora mismo a A&E (urgencias) más cercano.{extras}"
                        + " No podemos brindar atención médica por redes sociales. Para asuntos que no sean urgentes, llámenos al {phone}.");
        ingestionExtras.computeIfAbsent(es, l -> new EnumMap<>(Jurisdiction.class))
                .put(us, " Ante un posible envenenamiento o sobredosis, el Centro de Toxicología (Poison Control) atiende en el 1-800-222-1222.");
        ingestionExtras.get(es).put(uk, " Ante un posible envenenamiento o sobredosis, llame al 999 o al NHS 111 de inmediato.");
        obstetricExtras.computeIfAbsent(es, l -> new EnumMap<>(Jurisdiction.class))
                .put(us, " Si alguien está en trabajo de parto, acuda ahora a la sala de partos (labor and delivery) del hospital más cercano.");
        obstetricExtras.get(es).put(uk, " Si alguien está en trabajo de parto, llame al 999 o acuda ahora a la maternidad más cercana.");

        add(ReplyKind.CRISIS, es, us,
                "Si usted o alguien que conoce está pensando en el suicidio o en hacerse daño, llame o envíe un mensaje de texto al 988"
                        + " (Línea de Prevención del Suicidio y Crisis) ahora; es gratis, funciona 24/7 y ofrece apoyo en español."
                        + " Si alguien está en peligro inmediato, llame al 911.");
        add(ReplyKind.CRISIS, es, uk,
                "Si alguien está en peligro inmediato, llame al 999 o acuda a A&E (urgencias). Para apoyo urgente de salud mental,"
                        + " llame al NHS 111 (opción 2 en Inglaterra) o a Samaritans, gratis, al 116 123, a cualquier hora.");
        add(ReplyKind.EMERGENCY_AND_CRISIS, es, us,
                "Si usted o alguien está en peligro inmediato, llame al 911 o acuda a la sala de emergencias más cercana ahora mismo."
                        + " Si está pensando en el suicidio o en hacerse daño, llame o envíe un mensaje de texto al 988"
                        + " (Línea de Prevención del Suicidio y Crisis); es gratis y funciona 24/7.");
        templates.put(new Key(ReplyKind.EMERGENCY_AND_CRISIS, es, uk), wordings(ReplyKind.CRISIS, es, uk));

        for (Jurisdiction j : Jurisdiction.values()) {
            add(ReplyKind.COMPLAINT, es, j,
                    "Gracias por su comentario. Por razones de privacidad no podemos hablar de la situación de ninguna persona en redes"
                            + " sociales. Llámenos al {phone}.",
                    "Lamentamos saber de su inquietud y la tomamos en serio. Por privacidad no podemos confirmar ni negar si alguien es"
                            + " paciente, ni hablar de ningún caso en línea. Por favor, llame a nuestro equipo al {phone}.");
            add(ReplyKind.THIRD_PARTY_INQUIRY, es, j,
                    "No podemos hablar de la atención de ninguna persona en redes sociales. Llame al {phone} y nuestro personal le"
                            + " explicará cómo podemos ayudar.");
            add(ReplyKind.FEEDBACK, es, j,
                    "Gracias por tomarse el tiempo de compartir su opinión. ¡La compartiremos con nuestro equipo!",
                    "Agradecemos mucho su mensaje. Lo compartiremos con todo el equipo.");
            add(ReplyKind.APPOINTMENT_ADMIN, es, j,
                    "¡Gracias por escribirnos! Para citas, facturación u otros trámites, llámenos al {phone}{hours}. Para proteger su"
                            + " privacidad, no comparta datos personales aquí.",
                    "Gracias por su mensaje. Nuestro equipo de recepción puede ayudarle con citas y trámites en el {phone}{hours}."
                            + " Por privacidad, no tratamos datos personales en redes sociales.");
            add(ReplyKind.ABUSE, es, j,
                    "Queremos que esta página sea un espacio respetuoso para todos. Si tiene alguna inquietud, llámenos al {phone}.");
        }
        add(ReplyKind.CLINICAL_QUESTION, es, us,
                "Gracias por escribirnos. No podemos dar consejos médicos por redes sociales ni hablar de la situación de ninguna"
                        + " persona. Por favor, llámenos al {nursePhone}; si es urgente, llame al 911 o acuda a la sala de emergencias más cercana.",
                "Gracias por su pregunta. Como cada situación es distinta, no podemos dar consejos médicos en línea. Llámenos al"
                        + " {nursePhone}; si es urgente, llame al 911 o acuda a la sala de emergencias más cercana.");
        add(ReplyKind.CLINICAL_QUESTION, es, uk,
                "Gracias por escribirnos. No podemos dar consejos médicos por redes sociales ni hablar de la situación de ninguna"
                        + " persona. Por favor, llámenos al {nursePhone}; si es urgente, llame al NHS 111, o al 999 en una emergencia.");
    }

    private void add(ReplyKind kind, Language language, Jurisdiction jurisdiction, String... texts) {
        List<ReplyTemplate> list = templates.computeIfAbsent(new Key(kind, language, jurisdiction), k -> new ArrayList<>());
        String prefix = kind.name().toLowerCase() + "." + language.code() + "-" + jurisdiction.name() + ".";
        for (String text : texts) {
            list.add(new ReplyTemplate(prefix + (list.size() + 1), text));
        }
    }
}
