package bench.standard;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.attributes.persistence.impl.DynamoDbPersistenceAdapter;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.request.Predicates;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import java.util.Map;
import java.util.Optional;

/**
 * The ASK SDK skill as Amazon's samples build one with storage: the SDK's DynamoDB persistence
 * adapter, persistent attributes read on every request and saved whenever the user speaks. Keyed by
 * userId in the table named by TABLE_NAME; DynamoDB Local through AWS_ENDPOINT_URL_DYNAMODB, which
 * the v1 SDK does not read by itself.
 */
public class StandardSkillHandler extends SkillStreamHandler {

    public StandardSkillHandler() {
        super(new CustomSkillBuilder()
                .withPersistenceAdapter(DynamoDbPersistenceAdapter.builder()
                        .withDynamoDbClient(client())
                        .withTableName(System.getenv("TABLE_NAME"))
                        .withPartitionKeyName("userId")
                        .withAutoCreateTable(false)
                        .build())
                .addRequestHandler(new Launch())
                .addRequestHandler(new AnyIntent())
                .addRequestHandler(new SessionEnded())
                .build());
    }

    private static AmazonDynamoDB client() {
        String endpoint = System.getenv("AWS_ENDPOINT_URL_DYNAMODB");
        String region = System.getenv("AWS_REGION");
        AmazonDynamoDBClientBuilder builder = AmazonDynamoDBClientBuilder.standard();
        return (endpoint == null || endpoint.isBlank() ? builder.withRegion(region)
                : builder.withEndpointConfiguration(new EndpointConfiguration(endpoint, region))).build();
    }

    static final class Launch implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.requestType(LaunchRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            Map<String, Object> saved = input.getAttributesManager().getPersistentAttributes();
            int visits = saved.get("visits") instanceof Number n ? n.intValue() + 1 : 1;
            saved.put("visits", visits);
            input.getAttributesManager().savePersistentAttributes();
            String welcome = visits == 1 ? "Welcome to your back stretches." : "Welcome back.";
            return input.getResponseBuilder().withSpeech(welcome + " Shall we start?").withReprompt("Shall we start?").build();
        }
    }

    static final class AnyIntent implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.requestType(IntentRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            Map<String, Object> saved = input.getAttributesManager().getPersistentAttributes();
            int step = saved.get("step") instanceof Number n ? n.intValue() + 1 : 1;
            saved.put("step", step);
            saved.put("lastIntent", ((IntentRequest) input.getRequestEnvelope().getRequest()).getIntent().getName());
            input.getAttributesManager().savePersistentAttributes();
            return input.getResponseBuilder().withSpeech("Step " + step + ". Say next when you're ready.")
                    .withReprompt("Say next when you're ready.").build();
        }
    }

    static final class SessionEnded implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.requestType(SessionEndedRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return input.getResponseBuilder().build();
        }
    }
}
