package com.safereply.core.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a phone number starts and ends in a reply: every written form, and nothing glued on after it. */
class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Call (212) 555-0147 today.|2125550147",
            "Billing: 212.555.0148|2125550148",
            "Llame al +1 305 555 0199, de lunes a viernes.|3055550199",
            "Ring 020 7946 0321 any weekday.|02079460321",
            "Poison Control: 1-800-222-1222.|8002221222",
            // a full stop and a space end the number: the next line's list number is not part of it
            "llame al +1 305 555 0199.⏎2. Horario: lun-vie 9-17.|3055550199",
            "call Poison Control at 1-800-222-1222. 3. We can't provide care over social media.|8002221222",
            "Call 555-0100. 2 of our team are on today.|5550100"})
    void findsTheWholeNumberAndNothingAfterIt(String written, String digits) {
        String text = written.replace('⏎', '\n'); // a CSV row cannot hold a line break
        List<PhoneNumbers.Found> found = PhoneNumbers.find(text);
        assertEquals(1, found.size(), text + " -> " + found);
        assertEquals(digits, found.get(0).digits());
    }
}
