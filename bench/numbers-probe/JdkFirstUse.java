import com.backstretches.speech.Words;
import java.util.Locale;

/** The skill's own way (ResourceBundle and number words as data): the same three answers, first use in a fresh JVM, timed. */
public class JdkFirstUse {
    public static void main(String[] args) {
        long start = System.nanoTime();
        String de = Words.of(Locale.GERMANY).number(21, Words.Gender.FEMININE);
        String es = Words.of(new Locale("es", "ES")).number(21, Words.Gender.MASCULINE);
        String days = Words.of(Locale.GERMANY).plural("days", 21);
        long micros = (System.nanoTime() - start) / 1000;
        System.out.println(micros + " " + de + " | " + es + " | " + days);
    }
}
