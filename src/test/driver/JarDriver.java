import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for the Lambda runtime in DeployedJarIT: loads the handler class named on the command
 * line from the shaded jar with its no-arg constructor, as Lambda does, then answers one request
 * envelope per stdin line with one "RESPONSE <json>" (or "ERROR <message>") line on stdout. The line
 * "CHECKPOINT" does what Lambda's runtime does around a SnapStart snapshot instead: it runs every
 * checkpoint hook registered with its global context (lambdaruntime.crac, the stand-in runtime named
 * by -Dorg.crac.Core.Compat), then prints "CHECKPOINTED <hooks registered>". Run as a single source
 * file (java -cp target/back-stretches-skill.jar:<stand-in runtime> JarDriver.java Handler) so
 * nothing from the test class path leaks into the process.
 */
public class JarDriver {
    public static void main(String[] args) throws Exception {
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0]).getConstructor().newInstance();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        out.println("READY");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals("CHECKPOINT")) {
                try {
                    lambdaruntime.crac.Core.checkpointRestore();
                    out.println("CHECKPOINTED " + lambdaruntime.crac.Core.registered());
                } catch (Exception e) {
                    out.println("ERROR " + e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replace("\n", " "));
                }
                continue;
            }
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            try {
                handler.handleRequest(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), response, null);
                out.println("RESPONSE " + response.toString(StandardCharsets.UTF_8).replace("\n", ""));
            } catch (Exception e) {
                out.println("ERROR " + e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replace("\n", " "));
            }
        }
    }
}
