import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.Locale;

/** ICU4J's way to say "einundzwanzig", "veintiún" and "21 Runden": the first use in a fresh JVM, timed. */
public class IcuFirstUse {
    public static void main(String[] args) {
        long start = System.nanoTime();
        String de = new RuleBasedNumberFormat(Locale.GERMAN, RuleBasedNumberFormat.SPELLOUT).format(21, "%spellout-cardinal-feminine");
        String es = new RuleBasedNumberFormat(new Locale("es"), RuleBasedNumberFormat.SPELLOUT).format(21, "%spellout-cardinal-masculine");
        String rounds = new MessageFormat("{0,plural,one{# Runde} other{# Runden}}", Locale.GERMAN).format(new Object[] {21});
        long micros = (System.nanoTime() - start) / 1000;
        System.out.println(micros + " " + de.replace("\u00ad", "<shy>") + " | " + es + " | " + rounds);
    }
}
