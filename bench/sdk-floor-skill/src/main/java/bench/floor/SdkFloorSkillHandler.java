package bench.floor;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The least any skill on this project's stack can do with storage: the minimal ASK skill plus one
 * consistent GetItem per launch through the AWS SDK v2 DynamoDB client, built the way the skill builds
 * its own (URL-connection HTTP client, region and keys named, on a thread of its own from the moment
 * the class loads, beside the skill's construction). Nothing else: no routine, no speech files, no
 * writes. Its cold start is the floor for Back Stretches' as long as the skill uses this client.
 */
public class SdkFloorSkillHandler extends SkillStreamHandler {

    private static final CompletableFuture<DynamoDbClient> CLIENT = CompletableFuture.supplyAsync(SdkFloorSkillHandler::client);

    public SdkFloorSkillHandler() {
        super(new CustomSkillBuilder().addRequestHandler(new Launch()).build());
    }

    private static DynamoDbClient client() {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofMillis(500)).socketTimeout(Duration.ofSeconds(1)))
                .region(Region.of(System.getenv("AWS_REGION")))
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create());
        Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL_DYNAMODB")).filter(e -> !e.isBlank()).map(URI::create)
                .ifPresent(builder::endpointOverride);
        return builder.build();
    }

    static final class Launch implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.requestType(LaunchRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            String user = input.getRequestEnvelope().getContext().getSystem().getUser().getUserId();
            boolean known = CLIENT.join().getItem(get -> get.tableName(System.getenv("TABLE_NAME")).consistentRead(true)
                    .key(Map.of("userId", AttributeValue.fromS(user)))).hasItem();
            return input.getResponseBuilder().withSpeech(known ? "Welcome back." : "Hello.").withReprompt("Say something.").build();
        }
    }
}
