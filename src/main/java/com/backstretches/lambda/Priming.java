package com.backstretches.lambda;

import com.amazon.ask.model.Application;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.util.JacksonSerializer;
import com.backstretches.logging.Muted;
import com.backstretches.routine.Routine;
import com.backstretches.session.Navigator;
import com.backstretches.store.dynamodb.DynamoDbClients;
import com.backstretches.store.dynamodb.DynamoDbProfileStore;
import com.backstretches.store.dynamodb.OfflineHttpClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Warms a container before a SnapStart snapshot: a short synthetic session (launch, start, next,
 * easier, pause) through a second copy of the skill, built from the same parts as the deployed one but on a
 * DynamoDB client that answers from memory. Every class the first real request needs is then loaded
 * and has run, from envelope parsing to the DynamoDB request path, and nothing is stored anywhere:
 * the copy, its store and its synthetic user are dropped at the end. SnapStart snapshots after this.
 */
final class Priming {

    static final String USER_ID = "amzn1.ask.account.PRIMING";
    private static final String PLACEHOLDER_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";

    private static final List<Function<Integer, Request>> SESSION = List.of(
            n -> LaunchRequest.builder().withRequestId(requestId(n)).withTimestamp(now()).withLocale("en-US").build(),
            n -> intent(n, "StartRoutineIntent"),
            n -> intent(n, "AMAZON.NextIntent"),
            n -> intent(n, "EasierIntent"),
            n -> intent(n, "AMAZON.PauseIntent"));

    /** What priming did: how many requests got a spoken answer, and the DynamoDB calls it made offline. */
    record Report(int requests, int answered, List<String> storeOperations) {
    }

    private Priming() {
    }

    /** Its synthetic requests log nothing: the logs hold only what real requests did. */
    static Report run(Routine routine, Optional<String> skillId, Region region) {
        return Muted.run(() -> session(routine, skillId, region));
    }

    private static Report session(Routine routine, Optional<String> skillId, Region region) {
        OfflineHttpClient http = new OfflineHttpClient();
        try (DynamoDbClient offline = DynamoDbClients.offline(http, region)) {
            DynamoDbProfileStore store = new DynamoDbProfileStore(offline, "priming", new Navigator(routine).fresh());
            BackStretchesHandler skill = new BackStretchesHandler(store, Clock.systemUTC(), routine, skillId);
            String applicationId = skillId.orElse(PLACEHOLDER_SKILL_ID);
            JacksonSerializer json = new JacksonSerializer();
            Map<String, Object> attributes = Map.of();
            int answered = 0;
            for (int n = 0; n < SESSION.size(); n++) {
                RequestEnvelope envelope = envelope(applicationId, n == 0, attributes, SESSION.get(n).apply(n));
                ResponseEnvelope response = json.deserialize(call(skill, json.serialize(envelope)), ResponseEnvelope.class);
                if (response.getResponse() != null && response.getResponse().getOutputSpeech() != null) {
                    answered++;
                }
                attributes = response.getSessionAttributes() == null ? Map.of() : response.getSessionAttributes();
            }
            return new Report(SESSION.size(), answered, http.operations());
        }
    }

    private static String call(BackStretchesHandler skill, String request) {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try {
            skill.handleRequest(new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)), response, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response.toString(StandardCharsets.UTF_8);
    }

    private static RequestEnvelope envelope(String applicationId, boolean isNew, Map<String, Object> attributes, Request request) {
        Application application = Application.builder().withApplicationId(applicationId).build();
        User user = User.builder().withUserId(USER_ID).build();
        Session session = Session.builder().withNew(isNew).withSessionId("amzn1.echo-api.session.priming")
                .withApplication(application).withUser(user).withAttributes(attributes).build();
        SystemState system = SystemState.builder().withApplication(application).withUser(user)
                .withDevice(Device.builder().withDeviceId("amzn1.ask.device.PRIMING")
                        .withSupportedInterfaces(SupportedInterfaces.builder().build()).build())
                .withApiEndpoint("https://api.amazonalexa.com").build();
        return RequestEnvelope.builder().withVersion("1.0").withSession(session)
                .withContext(Context.builder().withSystem(system).build()).withRequest(request).build();
    }

    private static Request intent(int n, String name) {
        return IntentRequest.builder().withRequestId(requestId(n)).withTimestamp(now()).withLocale("en-US")
                .withIntent(Intent.builder().withName(name).withConfirmationStatus(IntentConfirmationStatus.NONE)
                        .withSlots(Map.of()).build())
                .build();
    }

    private static String requestId(int n) {
        return "amzn1.echo-api.request.priming-" + (n + 1);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    }
}
