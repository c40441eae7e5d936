package com.safereply.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of comment-like texts for the hostile-input proof: English and Spanish sentences built from
 * templates and filled with random names, dates, phone numbers, insurers and conditions, optionally wrapped around an
 * unmistakable emergency or crisis statement and sprinkled with noise (emoji, control characters, lone surrogates).
 * Each comment remembers the identifiers it carries, so a test can check that none of them reaches a draft.
 */
public final class HostileComments {

    /** What the comment is built around: the test expects the engine to notice EMERGENCY and CRISIS cores. */
    public enum Kind { ORDINARY, EMERGENCY, CRISIS }

    /**
     * @param text        the comment
     * @param kind        what its core statement is
     * @param identifiers every name, phone number, date and insurer put into the text
     */
    public record Generated(String text, Kind kind, List<String> identifiers) {
    }

    // Names chosen to be unlike any template word or profile name, so a hit in a draft can only be an echo.
    private static final String[] FIRST_NAMES = {"Jennifer", "Marcus", "Priyanka", "Tomás", "Dolores", "Kwame", "Siobhan",
            "Yusuf", "Agnieszka", "Rory", "Beatriz", "Dmitri", "Fatima", "Hiroshi", "Ngozi", "Lucía", "Bartholomew",
            "Xiomara", "Ingrid", "Olufemi", "Guadalupe", "Thaddeus", "Wilhelmina", "Esperanza"};
    private static final String[] LAST_NAMES = {"Alvarez", "Whitfield", "Okonkwo", "Herrera", "Ybarra", "Mensah",
            "O'Leary", "Kowalski", "Nakamura", "Fitzgerald", "Castellanos", "Abernathy", "Szabo", "Van der Berg"};
    private static final String[] INSURERS = {"Aetna", "Cigna", "Blue Cross Blue Shield", "UnitedHealthcare", "Humana",
            "Kaiser Permanente", "Medicaid", "Medicare", "Anthem", "Molina Healthcare", "Bupa", "AXA Health",
            "Vitality Health", "Tricare"};
    private static final String[] CONDITIONS = {"root canal", "diabetes", "chemo", "migraines", "asthma", "broken wrist",
            "UTI", "depression", "high blood pressure", "knee replacement", "la diabetes", "una infección", "el asma"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] MONTHS_ES = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"};
    private static final String[] RELATIVES = {"husband", "wife", "son", "daughter", "mom", "dad", "grandpa", "friend"};

    private static final String[] ORDINARY_EN = {
            "Hi, this is {name}. I saw Dr. {last} on {date} for my {condition} and {insurer} still hasn't paid. Call me at {phone}.",
            "{name} here - my appointment on {date} got moved twice. My number is {phone} and my insurance is {insurer}.",
            "Worst front desk ever. I waited 2 hours on {date} and nobody explained the bill. {insurer} says you coded it wrong!!!",
            "Thank you Dr. {last}!! My {relative} {name} had her {condition} checked on {date} and everyone was lovely 😊",
            "Do you take {insurer}? I need someone for my {condition}. Text {phone}. - {name}",
            "Is it normal to still feel sore a week after a {condition} procedure? Had it done {date}.",
            "CHEAP FOLLOWERS!!! visit http://promo.example/{last} or WhatsApp {phone} 💰💰💰",
            "You people are frauds and {name} {last} should be fired. See you on {date}.",
            "Can I reschedule from {date}? Policy number 88{digits} with {insurer}. Thanks, {name}"};
    private static final String[] ORDINARY_ES = {
            "Hola, soy {name}. Me atendió el Dr. {last} el {date_es} por {condition} y {insurer} no ha pagado. Mi teléfono es {phone}.",
            "Quiero cambiar mi cita del {date_es}. Mi seguro es {insurer}. Gracias, {name} {last}",
            "Pésimo servicio, esperé dos horas el {date_es} y nadie me explicó la factura de {insurer}.",
            "Muchas gracias a todo el equipo, mi {relative_es} {name} salió muy contento el {date_es} 🙏",
            "¿Aceptan {insurer}? Necesito ayuda con {condition}. Llámenme al {phone}."};
    private static final String[] EMERGENCY_CORES = {
            "my {relative} is having chest pain and can't breathe right now",
            "{name} just collapsed and is not breathing, what do we do",
            "my son swallowed a whole bottle of pills 20 minutes ago",
            "I'm 30 weeks pregnant and bleeding heavily right now",
            "my {relative} is having a seizure and turning blue",
            "mi esposo tiene dolor de pecho y no puede respirar",
            "mi hijo se tragó unas pastillas y no despierta"};
    private static final String[] CRISIS_CORES = {
            "I want to kill myself tonight",
            "I don't want to live anymore and I have a plan to end my life",
            "my friend {name} says she is going to kill herself",
            "quiero suicidarme",
            "ya no quiero vivir, voy a quitarme la vida"};
    private static final String[] FILLERS = {"Please help.", "I don't know who else to ask.", "Sorry for posting here.",
            "Por favor ayúdenme.", "", "!!!", "😢😢", "lol", "Posted from my phone"};

    private final Random random;
    private List<String> identifiers;

    public HostileComments(long seed) {
        this.random = new Random(seed);
    }

    public Generated next() {
        identifiers = new ArrayList<>();
        int roll = random.nextInt(10);
        Kind kind = roll < 6 ? Kind.ORDINARY : roll < 8 ? Kind.EMERGENCY : Kind.CRISIS;
        String text = switch (kind) {
            case ORDINARY -> fill(pick(random.nextInt(4) == 0 ? ORDINARY_ES : ORDINARY_EN));
            case EMERGENCY -> wrap(fill(pick(EMERGENCY_CORES)));
            case CRISIS -> wrap(fill(pick(CRISIS_CORES)));
        };
        return new Generated(noisy(text), kind, List.copyOf(identifiers));
    }

    /** Puts filler sentences (and sometimes an ordinary comment) around a core statement. */
    private String wrap(String core) {
        StringBuilder text = new StringBuilder();
        if (random.nextBoolean()) {
            text.append(pick(FILLERS)).append(' ');
        }
        if (random.nextInt(3) == 0) {
            text.append(fill(pick(ORDINARY_EN))).append(' ');
        }
        text.append(random.nextBoolean() ? capitalise(core) : core).append(random.nextBoolean() ? ". " : "!! ");
        text.append(pick(FILLERS));
        return text.toString();
    }

    /** Noise between words only (never inside one), so the statement stays readable to a person. */
    private String noisy(String text) {
        if (random.nextInt(3) != 0) {
            return text;
        }
        String[] words = text.split(" ");
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String word : words) {
            out.append(word);
            switch (random.nextInt(12)) {
                case 0 -> out.append(" 🙄 ");
                case 1 -> out.append(" \u0007 ");
                case 2 -> out.append(" \uD800 ");
                case 3 -> out.append("\n");
                case 4 -> out.append("  ");
                default -> out.append(' ');
            }
        }
        return out.toString().trim();
    }

    private String fill(String template) {
        String out = template;
        while (out.contains("{")) {
            int start = out.indexOf('{');
            int end = out.indexOf('}', start);
            String slot = out.substring(start + 1, end);
            out = out.substring(0, start) + value(slot) + out.substring(end + 1);
        }
        return out;
    }

    private String value(String slot) {
        return switch (slot) {
            case "name" -> remember(pick(FIRST_NAMES));
            case "last" -> remember(pick(LAST_NAMES));
            case "insurer" -> remember(pick(INSURERS));
            case "phone" -> remember(phone());
            case "date" -> remember(dateEnglish());
            case "date_es" -> remember(random.nextInt(31) + 1 + " de " + pick(MONTHS_ES));
            case "condition" -> pick(CONDITIONS);
            case "relative" -> pick(RELATIVES);
            case "relative_es" -> pick(new String[] {"hijo", "madre", "esposo", "abuela"});
            case "digits" -> String.valueOf(100_000 + random.nextInt(900_000));
            default -> throw new IllegalArgumentException("unknown slot " + slot);
        };
    }

    private String remember(String identifier) {
        identifiers.add(identifier);
        return identifier;
    }

    /** US and UK formats; never a 555-01xx number, the range the demo profiles publish. */
    private String phone() {
        int area = 201 + random.nextInt(780);
        int exchange = 200 + random.nextInt(700);
        int line = 1000 + random.nextInt(9000);
        return switch (random.nextInt(4)) {
            case 0 -> "(" + area + ") " + exchange + "-" + line;
            case 1 -> area + "-" + exchange + "-" + line;
            case 2 -> "07700 900" + (100 + random.nextInt(900));
            default -> "+1 " + area + " " + exchange + " " + line;
        };
    }

    private String dateEnglish() {
        int day = random.nextInt(28) + 1;
        int month = random.nextInt(12) + 1;
        return switch (random.nextInt(4)) {
            case 0 -> MONTHS_EN[month - 1] + " " + day;
            case 1 -> month + "/" + day + "/20" + (20 + random.nextInt(7));
            case 2 -> "20" + (20 + random.nextInt(7)) + "-" + two(month) + "-" + two(day);
            default -> day + " " + MONTHS_EN[month - 1] + " 20" + (20 + random.nextInt(7));
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
